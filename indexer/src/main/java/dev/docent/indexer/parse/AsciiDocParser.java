package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.DelimitedMarkup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads AsciiDoc (Asciidoctor, Antora) simply, enough to index it well:
 * <ul>
 *   <li>{@code = Title} is the page's title and {@code :description:} its description; {@code ==} to
 *       {@code ======} are section headings, anchored by a {@code [[id]]} or {@code [#id]} above them when
 *       there is one;</li>
 *   <li>listing ({@code ----}) and literal ({@code ....}) blocks, and paragraphs marked {@code [source,lang]},
 *       are code with their language; tables ({@code |===}) are tables;</li>
 *   <li>admonitions ({@code NOTE: text}, {@code [TIP]} blocks) are prose led by their label; example, sidebar,
 *       quote and open blocks keep their text without their delimiters;</li>
 *   <li>comments, attribute entries, passthrough blocks, unresolved includes, conditionals and images are
 *       dropped; an attribute reference in prose ({@code {product}}) reads as the value an entry above it
 *       set ({@code :product: Quill}), as the published page does; cross references and links keep their text.</li>
 * </ul>
 */
public final class AsciiDocParser implements DocumentParser {

    private static final String PGP_ARMOR = "-----BEGIN PGP ";

    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s+(\\S.*?)(?:\\s+=+)?\\s*$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?[\\w-]+!?):\\s*(.*)$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(.*)]\\s*$");
    /** An anchor set inside a title: git's "CONFIGURED REMOTE-TRACKING BRANCHES[[CRTB]]". */
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\s*\\[\\[([\\w:.-]+)(?:,[^]]*)?]]");
    private static final Pattern BLOCK_ID = Pattern.compile("^\\[\\[([\\w:.-]+)(?:,[^]]*)?]]$|^\\[#([\\w:-]+)[^]]*]$");
    private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+(.*)$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
    private static final Pattern DROPPED_MACRO = Pattern.compile("^(?:include|ifdef|ifndef|ifeval|endif|image|video|audio|toc)::");
    /**
     * A conditional's line, dropped wherever it stands (its text is read whatever the condition): git's
     * options shared by {@code git pull} and {@code git merge} set "ifdef::git-pull[]" inside an
     * option's description, which read "... will not be added. ifdef::git-pull[]".
     */
    // Up to the first bracket, which a target cannot hold: from each bracket of a long line in turn, it took a time that grew with the line's square.
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:ifdef|ifndef|ifeval|endif)::[^\\[\\s]*\\[.*]\\s*$");
    private static final Pattern CODE_DELIMITER = Pattern.compile("^(?:-{4,}|\\.{4,})\\s*$");
    private static final Pattern SKIPPED_DELIMITER = Pattern.compile("^(?:/{4,}|\\+{4,})\\s*$");
    private static final Pattern TEXT_DELIMITER = Pattern.compile("^(?:={4,}|\\*{4,}|_{4,}|--)\\s*$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\|={3,}\\s*$");
    private static final Set<String> ADMONITIONS = Set.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");
    /**
     * Blocks whose lines are kept as written: code, and verse, which manual pages set their synopsis
     * in (git's "'git stash' list [<log-options>]", one form a line, had run together as one sentence).
     */
    private static final Set<String> CODE_STYLES = Set.of("source", "listing", "verse");

    /** A labeled list's term: "CPU:: The brain of the computer.", "--stdin::" with its description below. */
    private static final Pattern LABELED_TERM = Pattern.compile("^(\\S(?:.*?\\S)?)(?:::|:::|::::|;;)(?:\\s+(\\S.*))?$");
    /** A two-line title's underline, by level: "=" the page's title, "-" a section, then "~", "^" and "+". */
    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^+])\\1+\\s*$");
    private static final String UNDERLINE_LEVELS = "=-~^+";
    /** Lines only AsciiDoc writes: an anchor, a conditional or include, a style such as {@code [verse]}, a one-line title. */
    private static final Pattern ASCIIDOC_ONLY = Pattern.compile(
            "^(?:\\[\\[[\\w:.-]+(?:,[^]]*)?]]|(?:include|ifdef|ifndef|ifeval|endif)::[^\\[\\s]*\\[.*]"
                    + "|\\[(?:verse|source|listing|literal|quote|NOTE|TIP|IMPORTANT|WARNING|CAUTION)(?:,[^]]*)?]|=\\s+\\S.*)\\s*$");

    private static final DelimitedMarkup CROSS_REFERENCE = DelimitedMarkup.of(Pattern.compile("<<([^,>]+)(?:,\\s*([^>]+))?>>"), ">>");
    private static final DelimitedMarkup XREF = DelimitedMarkup.of(Pattern.compile("xref:([^\\[\\s]+)\\[([^]]*)]"), "]");
    private static final DelimitedMarkup LINK = DelimitedMarkup.of(
            Pattern.compile("(?:link:|(?=(?:https?|ftp)://|mailto:))([^\\s\\[]+)\\[([^]]*)]"), "]");
    private static final DelimitedMarkup UI_MACRO = DelimitedMarkup.of(Pattern.compile("(?:kbd|btn):\\[([^]]*)]"), "]");
    /** A project's own inline macro, such as git's {@code linkgit:git-config[1]}: its target, with a manual section as man pages write it. */
    private static final DelimitedMarkup CUSTOM_MACRO = DelimitedMarkup.of(
            Pattern.compile("\\b(?!(?:https?|ftp|mailto|link|xref|image)\\b)[a-z][\\w-]*:([\\w./-]+)\\[([^]]*)]"), "]");

    /**
     * Whether a text is written in AsciiDoc: a line only AsciiDoc writes. Git's manual pages are AsciiDoc
     * in {@code .txt} files, their titles underlined.
     */
    public static boolean isWrittenIn(String text) {
        return text.lines().anyMatch(line -> ASCIIDOC_ONLY.matcher(line).matches());
    }

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String text = Utf8Text.decode(content);
        // ".asc" names AsciiDoc (Pro Git's chapters) and armored PGP signatures and keys alike: those are no page.
        return text.startsWith(PGP_ARMOR) ? new ParsedDocument(fallbackTitle, List.of()) : parse(text, fallbackTitle);
    }

    /** A text already decoded: a {@code .txt} page the plain-text parser found written in AsciiDoc. */
    ParsedDocument parse(String text, String fallbackTitle) {
        Reading reading = new Reading();
        reading.read(text.split("\\R", -1));
        return new ParsedDocument(reading.title == null ? fallbackTitle : reading.title, null, reading.description,
                reading.sections.sections());
    }

    private static final class Reading {
        final SectionBuilder sections = new SectionBuilder();
        final List<String> paragraph = new ArrayList<>();
        String title;
        String description;
        String pendingId;
        String pendingLanguage;
        boolean pendingSource;
        String pendingLabel;
        boolean inHeader;
        /** Attributes set so far, and AsciiDoc's built-in character references. */
        final Map<String, String> attributes = new HashMap<>(Map.of("nbsp", " ", "sp", " ", "empty", "", "plus", "+",
                "vbar", "|", "amp", "&", "lt", "<", "gt", ">", "startsb", "[", "endsb", "]"));

        void read(String[] lines) {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                Matcher m;
                if (inHeader) {
                    header(line);
                } else if (line.isBlank()) {
                    flush();
                } else if (paragraph.size() == 1 && underlines(paragraph.getFirst(), line)) {
                    heading(UNDERLINE_LEVELS.indexOf(line.charAt(0)) + 1, text(paragraph.removeFirst().strip()));
                } else if (SKIPPED_DELIMITER.matcher(line).matches()) {
                    flush();
                    i = closing(lines, i); // a comment or a passthrough block
                } else if (line.startsWith("//") || CONDITIONAL.matcher(line).matches()) {
                    continue; // a comment line, or a condition
                } else if (CODE_DELIMITER.matcher(line).matches()) {
                    flush();
                    int end = closing(lines, i);
                    emit(fence(String.join("\n", List.of(lines).subList(i + 1, Math.min(end, lines.length)))), TextBlock.Kind.CODE);
                    i = end;
                } else if (TABLE_DELIMITER.matcher(line).matches()) {
                    flush();
                    int end = closing(lines, i);
                    emit(String.join("\n", List.of(lines).subList(i + 1, Math.min(end, lines.length))), TextBlock.Kind.TABLE);
                    i = end;
                } else if (TEXT_DELIMITER.matcher(line).matches() || line.strip().equals("+")) {
                    flush(); // an example, sidebar, quote or open block: its content is read as it comes
                } else if (paragraph.isEmpty() && (m = HEADING.matcher(line)).matches()) {
                    heading(m.group(1).length(), text(m.group(2)));
                } else if (paragraph.isEmpty() && ATTRIBUTE_ENTRY.matcher(line).matches()) {
                    attributeEntry(line);
                } else if (paragraph.isEmpty() && BLOCK_ATTRIBUTES.matcher(line).matches()) {
                    attributes(line);
                } else if (paragraph.isEmpty() && DROPPED_MACRO.matcher(line).lookingAt()) {
                    continue;
                } else if (paragraph.isEmpty() && (m = BLOCK_TITLE.matcher(line)).matches()) {
                    emit(text(m.group(1)), TextBlock.Kind.PROSE);
                } else if (paragraph.isEmpty() && (m = ADMONITION.matcher(line)).matches()) {
                    paragraph.add(label(m.group(1)) + " " + m.group(2));
                } else {
                    paragraph.add(line);
                }
            }
            flush();
            if (pendingLabel != null) {
                sections.block(pendingLabel, TextBlock.Kind.PROSE);
            }
        }

        /** The lines right after {@code = Title}: author, revision and attributes, up to a blank line. */
        private void header(String line) {
            if (line.isBlank()) {
                inHeader = false;
            } else if (ATTRIBUTE_ENTRY.matcher(line).matches()) {
                attributeEntry(line);
            }
        }

        private void attributeEntry(String line) {
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            if (!entry.matches()) {
                return;
            }
            String name = entry.group(1);
            if (name.startsWith("!") || name.endsWith("!")) {
                attributes.remove(name.replace("!", ""));
                return;
            }
            attributes.put(name, entry.group(2).strip());
            if (name.equals("description") && !entry.group(2).isBlank()) {
                description = entry.group(2).strip();
            }
        }

        /** Prose as the page shows it: {@code {product}} replaced by the value set above it, links as their text. */
        private String text(String raw) {
            String substituted = ATTRIBUTE_REFERENCE.matcher(raw).replaceAll(m -> Matcher.quoteReplacement(
                    attributes.getOrDefault(m.group(1), m.group())));
            return inline(substituted);
        }

        private void heading(int level, String written) {
            Matcher anchor = INLINE_ANCHOR.matcher(written);
            if (anchor.find() && pendingId == null) {
                pendingId = anchor.group(1);
            }
            String text = INLINE_ANCHOR.matcher(written).replaceAll("").strip();
            if (level == 1 && title == null && sections.isEmpty()) {
                title = text;
                inHeader = true;
            } else {
                sections.heading(level, text, pendingId);
            }
            pendingId = null;
            pendingSource = false;
        }

        /** {@code [[id]]}, {@code [#id]}, {@code [source,java]}, {@code [NOTE]}; others ({@code [cols="1,2"]}) say nothing to index. */
        private void attributes(String line) {
            Matcher id = BLOCK_ID.matcher(line.strip());
            if (id.matches()) {
                pendingId = id.group(1) != null ? id.group(1) : id.group(2);
                return;
            }
            String[] parts = line.strip().substring(1, line.strip().length() - 1).split(",");
            String style = parts[0].strip();
            if (ADMONITIONS.contains(style)) {
                pendingLabel = label(style);
            } else if (CODE_STYLES.contains(style) || style.isEmpty() && parts.length > 1) {
                pendingSource = true;
                pendingLanguage = parts.length > 1 ? parts[1].strip() : "";
            }
        }

        /** A paragraph ends: code if marked {@code [source]} or {@code [verse]} or indented (a literal paragraph), else prose. */
        private void flush() {
            if (paragraph.isEmpty()) {
                return;
            }
            String text = String.join("\n", paragraph);
            paragraph.clear();
            if (pendingSource || Character.isWhitespace(text.charAt(0))) {
                emit(fence(text.stripIndent()), TextBlock.Kind.CODE);
            } else if (LABELED_TERM.matcher(text.lines().findFirst().orElse("")).matches()) {
                emit(text(labeledItems(text.lines().toList())), TextBlock.Kind.PROSE);
            } else {
                emit(text(text), TextBlock.Kind.PROSE);
            }
        }

        /**
         * A labeled list as the page sets it: each entry one item, its terms ("-m::", "--move::") and
         * then its description. Read as prose it was "-m:: --move:: Move/rename a branch".
         */
        private static String labeledItems(List<String> lines) {
            List<String> items = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            StringBuilder description = new StringBuilder();
            for (String line : lines) {
                Matcher term = LABELED_TERM.matcher(line.strip());
                if (!Character.isWhitespace(line.charAt(0)) && term.matches()) {
                    if (!description.isEmpty()) {
                        items.add("- " + String.join(", ", terms) + ": " + description);
                        terms.clear();
                        description.setLength(0);
                    }
                    terms.add(term.group(1));
                    if (term.group(2) != null) {
                        description.append(term.group(2).strip());
                    }
                } else if (!line.strip().equals("+")) {
                    description.append(description.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            if (!terms.isEmpty()) {
                items.add("- " + String.join(", ", terms) + (description.isEmpty() ? "" : ": " + description));
            }
            return String.join("\n", items);
        }

        private String fence(String code) {
            String language = pendingLanguage == null ? "" : pendingLanguage;
            pendingSource = false;
            pendingLanguage = null;
            return "```" + language + "\n" + code + "\n```";
        }

        private void emit(String text, TextBlock.Kind kind) {
            // An anchor above a block, such as a FAQ entry of a labeled list, is the block's: not the next heading's.
            pendingId = null;
            if (pendingLabel != null) {
                if (kind == TextBlock.Kind.PROSE) {
                    text = pendingLabel + "\n" + text;
                } else {
                    sections.block(pendingLabel, TextBlock.Kind.PROSE);
                }
                pendingLabel = null;
            }
            sections.block(text, kind);
        }

        /**
         * Whether a line underlines the one above as a two-line title ("NAME" over "----"): of one
         * character, about as long (two characters either way, as AsciiDoc allows). A line ending in a
         * colon ("Run:") announces the listing block that "----" opens.
         */
        private static boolean underlines(String title, String line) {
            int length = title.strip().length();
            return UNDERLINE.matcher(line).matches() && length >= 2 && !Character.isWhitespace(title.charAt(0))
                    && !title.strip().endsWith(":") && Math.abs(line.strip().length() - length) <= 2;
        }

        /** The line that closes the block opened at {@code open}: the same delimiter, or the end of the page. */
        private static int closing(String[] lines, int open) {
            String delimiter = lines[open].strip();
            for (int i = open + 1; i < lines.length; i++) {
                if (lines[i].strip().equals(delimiter)) {
                    return i;
                }
            }
            return lines.length;
        }

        private static String label(String admonition) {
            return admonition.charAt(0) + admonition.substring(1).toLowerCase(Locale.ROOT) + ":";
        }
    }

    /** Cross references and links keep their text; {@code kbd:[Ctrl+C]} reads "Ctrl+C", {@code linkgit:git-config[1]} "git-config(1)". */
    static String inline(String text) {
        String out = CROSS_REFERENCE.replaceAll(text, m -> Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2).strip() : m.group(1)));
        out = XREF.replaceAll(out, m -> Matcher.quoteReplacement(m.group(2).isBlank() ? m.group(1) : m.group(2)));
        out = UI_MACRO.replaceAll(out, m -> Matcher.quoteReplacement(m.group(1)));
        out = CUSTOM_MACRO.replaceAll(out, m -> Matcher.quoteReplacement(m.group(2).isBlank() ? m.group(1)
                : m.group(2).matches("\\d\\w?") ? m.group(1) + "(" + m.group(2) + ")" : m.group(2)));
        return LINK.replaceAll(out, m -> Matcher.quoteReplacement(
                m.group(2).isBlank() ? m.group(1) : "[" + m.group(2) + "](" + m.group(1) + ")"));
    }
}
