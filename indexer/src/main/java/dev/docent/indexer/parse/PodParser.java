package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Perl's Plain Old Documentation ({@code .pod}): Perl modules' manuals and OpenSSL's manual pages
 * ({@code doc/man3/SSL_CTX_new.pod}). A page is named by its NAME section, as its manual page is
 * ("SSL_CTX_new, SSL_CTX_up_ref - create a new SSL_CTX object"), which is not a section of its own;
 * {@code =head1} to {@code =head4} are its sections, indented paragraphs are code, an {@code =item} is a
 * list item or, named by text, a section under its heading (an option, a method), and the
 * formatting codes read as the page shows them: {@code C<>} and {@code F<>} as code, a link as its
 * text, entities as their characters; index entries ({@code X<>}) and blocks for other formatters
 * ({@code =begin html}, {@code =for man}) are left out. The rest is read by the Markdown parser.
 */
public final class PodParser implements DocumentParser {

    private static final Pattern COMMAND = Pattern.compile("^=(\\w+)\\s*(.*)$", Pattern.DOTALL);
    /** The Perl a {@code .pod.in} template runs at build time ({@code {- $OpenSSL::safe::opt_v_item -}}): its output is not in the file. */
    private static final Pattern TEMPLATE_CODE = Pattern.compile("\\{-.*?-}", Pattern.DOTALL);
    private static final Pattern POD_COMMANDS = Pattern.compile("(?m)^=(?:head\\d|pod|item|over)\\b");
    private static final int MAX_HEADING_LEVEL = 6;
    private static final String CODE_END = "\n```\n\n";
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.?$");
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "verbar", "|", "sol", "/", "quot", "\"",
            "amp", "&", "apos", "'", "nbsp", " ");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String pod = TEMPLATE_CODE.matcher(new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n")).replaceAll("");
        if (!POD_COMMANDS.matcher(pod).find()) {
            throw new UnreadableDocumentException("not Perl POD: it has no =head, =pod or =item command");
        }
        StringBuilder page = new StringBuilder();
        String title = null;
        boolean inPod = !pod.startsWith("#!") && pod.stripLeading().startsWith("=");
        boolean inName = false;
        String skipUntil = null;
        int listDepth = 0;
        int headingLevel = 1;
        boolean lastWasCode = false;
        for (String paragraph : pod.split("\\n(?:[ \\t]*\\n)+")) {
            if (paragraph.isBlank()) {
                continue;
            }
            boolean followsCode = lastWasCode;
            lastWasCode = false;
            Matcher command = COMMAND.matcher(paragraph.strip());
            if (skipUntil != null) {
                if (command.matches() && command.group(1).equals("end") && command.group(2).strip().equals(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            if (command.matches() && !Character.isWhitespace(paragraph.charAt(0))) {
                String name = command.group(1);
                String text = command.group(2).strip();
                inPod = !name.equals("cut");
                inName = false;
                switch (name) {
                    case "head1", "head2", "head3", "head4" -> {
                        if (name.equals("head1") && text.equalsIgnoreCase("NAME")) {
                            inName = true;
                        } else {
                            headingLevel = name.charAt(4) - '0' + 1;
                            page.append("#".repeat(headingLevel)).append(' ').append(inline(text)).append("\n\n");
                        }
                    }
                    case "over" -> listDepth++;
                    case "back" -> listDepth = Math.max(0, listDepth - 1);
                    case "item" -> item(page, text, Math.min(MAX_HEADING_LEVEL, headingLevel + Math.max(1, listDepth)));
                    case "begin" -> skipUntil = text.split("\\s+")[0];
                    default -> { } // =pod, =cut, =encoding, =for <formatter>: nothing a reader sees
                }
            } else if (inPod && inName) {
                title = title == null ? inline(paragraph).replaceAll("\\s+", " ").strip() : title;
            } else if (inPod && Character.isWhitespace(paragraph.charAt(0))) {
                // Verbatim paragraphs one after another are one block of code with blank lines in it.
                if (followsCode) {
                    page.setLength(page.length() - CODE_END.length());
                    page.append("\n\n");
                } else {
                    page.append("```\n");
                }
                page.append(paragraph.stripIndent().strip()).append(CODE_END);
                lastWasCode = true;
            } else if (inPod) {
                page.append(inline(paragraph).strip()).append("\n\n");
            }
        }
        String named = title == null ? page.toString() : "# " + title + "\n\n" + page;
        return markdown.parse(named.getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /**
     * A bullet or number starts a list item; a name heads the paragraphs under it, as a man page's options
     * and a module's methods are sections of their own ({@code =item B<-verify> I<depth>}, {@code =item new(%args)}).
     */
    private static void item(StringBuilder page, String text, int level) {
        if (text.isEmpty() || text.equals("*") || NUMBERED.matcher(text).matches()) {
            page.append("- ");
        } else if (text.startsWith("* ")) {
            page.append("- ").append(inline(text.substring(2))).append("\n\n");
        } else {
            page.append("#".repeat(level)).append(' ').append(inline(text)).append("\n\n");
        }
    }

    /** The formatting codes read as the page shows them. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && i + 1 < text.length() && text.charAt(i + 1) == '<' && "BICLEFSXZ".indexOf(c) >= 0) {
                int open = i + 1;
                int angles = 0;
                while (open + angles < text.length() && text.charAt(open + angles) == '<') {
                    angles++;
                }
                int close = closing(text, open + angles, angles);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String inner = text.substring(open + angles, close).strip();
                out.append(code(c, inner));
                i = close + angles;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String code(char kind, String inner) {
        return switch (kind) {
            case 'C', 'F' -> "`" + inline(inner).replace("`", "") + "`";
            case 'L' -> link(inner);
            case 'E' -> ENTITIES.getOrDefault(inner, inner.matches("\\d+") ? String.valueOf((char) Integer.parseInt(inner)) : "");
            case 'X', 'Z' -> "";
            default -> inline(inner);
        };
    }

    /** {@code L<text|target>} reads as its text; {@code L<SSL_new(3)>} and {@code L<perlfunc/open>} as their target. */
    private static String link(String inner) {
        int bar = inner.indexOf('|');
        String shown = bar >= 0 ? inner.substring(0, bar) : inner.replaceFirst("^\"|\"$", "");
        return inline(shown.replace("/\"", " ").replace("\"", ""));
    }

    /**
     * Where a code opened with {@code angles} angle brackets closes: at the matching single {@code >}, or
     * for {@code C<< ... >>} at the first run of as many; -1 when it never does.
     */
    private static int closing(String text, int from, int angles) {
        if (angles > 1) {
            int close = text.indexOf(" " + ">".repeat(angles), from - 1);
            return close < 0 ? -1 : close + 1;
        }
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '<' && i > 0 && Character.isUpperCase(text.charAt(i - 1))) {
                depth++;
            } else if (text.charAt(i) == '>' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
