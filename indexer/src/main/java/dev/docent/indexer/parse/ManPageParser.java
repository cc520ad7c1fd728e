package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads roff manual pages ({@code tmux.1}, {@code ssh_config.5}, {@code git-commit.1}), in both of their macro
 * packages: man(7), which Linux projects and generators (pod2man, DocBook, rst2man, help2man) write, and the BSDs'
 * mdoc(7) ({@code .Dd}, {@code .Sh}, {@code .Bl}). A page reads as a terminal shows it, titled by its NAME section
 * ("tmux - terminal multiplexer") as {@code man -k} lists it, else by {@code .TH}'s or {@code .Dt}'s name and
 * section. Its sections and subsections are headings; an option or command that a tagged paragraph describes
 * ({@code .TP}, {@code .IP "tag"}, mdoc's {@code .It Fl v}) is a heading of its own under its section, so that a
 * question naming {@code --max-depth} finds where it is defined; bullets and numbers are list items; no-fill
 * blocks and examples ({@code .nf}, {@code .EX}, {@code .Bd -literal}, {@code .Dl}) are code; tables are tables.
 * Fonts, spacing and other requests that show nothing are left out (see {@link RoffInput} and {@link RoffEscapes}).
 * A file that is not roff - the extensions {@code .1} to {@code .9} are not the man pages' alone - is a document
 * without sections, not a failure; old pages in Latin-1 are read as Latin-1. The rest is read by the Markdown parser.
 */
public final class ManPageParser implements DocumentParser {

    private static final Pattern ROFF = Pattern.compile("(?m)^[.'][ \\t]*(?:TH|SH|Dd|Dt|Sh)(?:[ \\t]|$)");
    private static final Set<String> BULLETS = Set.of("•", "*", "-", "o", "·", "+", "–", "—", "■", "□", "○");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}[.)]");
    /**
     * The man and mdoc macros this parser reads itself, which a page's own definition of one (a fallback for old
     * formatters: {@code .de TQ}, {@code .de EX}) does not replace. Preprocessors' delimiters ({@code .TS},
     * {@code .EQ}, {@code .PS}) are not among them: a page that defines {@code .PS} means its own macro.
     */
    private static final Set<String> READ_HERE = Set.of("TH", "SH", "SS", "PP", "LP", "P", "HP", "TP", "TQ", "IP", "RS", "RE",
            "nf", "fi", "EX", "EE", "UR", "UE", "MT", "ME", "YS", "sp", "Dt", "Sh", "Ss", "Pp", "Lp", "Bl", "El", "It", "Bd", "Ed",
            "Dl", "D1");
    /** man's macros that show their arguments as text in a font ({@code .B}, {@code .BR}), and the synopsis' {@code .SY}, {@code .OP}. */
    private static final Set<String> FONT_MACROS = Set.of("B", "I", "SM", "SB", "BR", "IR", "RB", "BI", "IB", "RI", "SY", "OP");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String roff = decode(content);
        if (roff.indexOf('\0') >= 0 || !ROFF.matcher(roff).find()) {
            return new ParsedDocument(fallbackTitle, List.of());
        }
        String page = new Reading(roff).markdown();
        return markdown.parse(page.getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** UTF-8, or Latin-1 (the encoding of old man pages) when the bytes are not UTF-8. */
    private static String decode(byte[] content) {
        try {
            return Utf8Text.decode(content);
        } catch (UnreadableDocumentException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    /** An open mdoc list ({@code .Bl -tag}, {@code -bullet}, {@code -enum}) and how many items it has had. */
    private static final class MdocList {
        private final String type;
        private int items;

        MdocList(String type) {
            this.type = type;
        }
    }

    /** One page being read: the roff requests it makes, turned into {@link ManPageMarkdown}'s parts. */
    private static final class Reading {

        private final RoffEscapes escapes;
        private final MdocMacros mdoc;
        private final ManPageMarkdown out = new ManPageMarkdown();
        private final RoffInput input;
        /** The open mdoc lists and displays (whether literal). */
        private final Deque<MdocList> lists = new ArrayDeque<>();
        private final Deque<Boolean> displays = new ArrayDeque<>();
        private int indent;
        private String headerTitle;
        /** An open {@code .UR} link's address, shown when it has no text of its own. */
        private String link;
        private boolean linkHasText;
        /** An mdoc tag that goes on over lines ({@code .It Xo} ... {@code .Xc}), and whether its next line joins it without a space. */
        private StringBuilder extendedTag;
        private boolean tagJoinsNext;

        Reading(String roff) {
            escapes = new RoffEscapes(roff.length());
            mdoc = new MdocMacros(escapes);
            input = new RoffInput(roff, escapes,
                    name -> READ_HERE.contains(name) || FONT_MACROS.contains(name) || MdocMacros.isMacro(name));
        }

        String markdown() {
            for (RoffInput.Line line = input.next(); line != null; line = input.next()) {
                if (extendedTag != null && extendsTag(line)) {
                    continue;
                }
                if (line.isRequest()) {
                    request(line.name(), line.arguments());
                } else {
                    text(line.text());
                }
            }
            return out.markdown(headerTitle);
        }

        private void text(String raw) {
            if (raw.isBlank()) {
                out.paragraph();
                return;
            }
            show(escapes.render(raw));
            if (RoffEscapes.joinsNext(raw)) {
                out.joinNext();
            }
        }

        private void show(String text) {
            linkHasText |= link != null;
            out.text(text);
        }

        private void request(String name, List<String> arguments) {
            switch (name) {
                case "TH", "Dt" -> headerTitle = arguments.isEmpty() ? null
                        : shown(arguments.getFirst()) + (arguments.size() > 1 ? "(" + shown(arguments.get(1)) + ")" : "");
                case "SH", "Sh" -> section(2, arguments);
                case "SS", "Ss" -> section(3, arguments);
                case "PP", "LP", "P", "HP" -> out.startParagraph(indent);
                case "Pp", "Lp", "sp", "YS" -> out.paragraph();
                case "TP", "TQ" -> out.tagNext(indent);
                case "IP" -> indentedParagraph(arguments.isEmpty() ? "" : shown(arguments.getFirst()).strip());
                case "RS" -> out.indent(indent++);
                case "RE" -> {
                    out.leave(indent);
                    indent = Math.max(0, indent - 1);
                }
                case "nf", "EX" -> out.code(true);
                case "fi", "EE" -> out.code(false);
                case "UR", "MT" -> {
                    link = arguments.isEmpty() ? null : shown(arguments.getFirst());
                    linkHasText = false;
                }
                case "UE", "ME" -> endLink(arguments);
                case "TS" -> out.block(RoffTables.markdown(input, escapes, this::words));
                case "EQ" -> skipTo("EN");
                case "PS" -> skipTo("PE");
                case "Bl" -> {
                    lists.push(new MdocList(arguments.isEmpty() ? "-tag" : arguments.getFirst()));
                    indent++;
                }
                case "El" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                        out.leave(indent);
                        indent = Math.max(0, indent - 1);
                    }
                }
                case "It" -> item(arguments);
                case "Bd" -> openDisplay(arguments);
                case "Ed" -> closeDisplay();
                case "Dl" -> out.codeLine(mdoc.render("Dl", arguments).text());
                case "D1" -> mdocLine("D1", arguments);
                default -> {
                    // Any other request, or a macro neither man's, mdoc's nor the page's own, shows nothing, as in groff.
                    if (FONT_MACROS.contains(name)) {
                        String words = fontWords(name, arguments);
                        if (!words.isBlank()) {
                            show(words);
                        }
                    } else if (MdocMacros.isMacro(name)) {
                        mdocLine(name, arguments);
                    }
                }
            }
        }

        private void section(int level, List<String> arguments) {
            if (arguments.isEmpty()) {
                out.sectionNext(level);
            } else {
                out.section(level, shown(String.join(" ", arguments)));
            }
            indent = 0;
            lists.clear();
            displays.clear();
        }

        /** {@code .IP "tag"}: a bullet or number starts a list item, a name tags a paragraph, no tag indents one. */
        private void indentedParagraph(String tag) {
            if (tag.isEmpty()) {
                out.paragraph();
            } else if (BULLETS.contains(tag)) {
                out.listItem("- ");
            } else if (NUMBER.matcher(tag).matches()) {
                out.listItem(tag + " ");
            } else {
                out.tag(tag, indent);
            }
        }

        /** mdoc's {@code .It}: a tag, a list item or a table row, as its list's type says; one without a tag is a list item. */
        private void item(List<String> arguments) {
            MdocList list = lists.isEmpty() ? new MdocList("-tag") : lists.peek();
            switch (list.type) {
                case "-enum" -> out.listItem(++list.items + ". ");
                case "-bullet", "-dash", "-hyphen", "-item" -> out.listItem("- ");
                case "-column" -> {
                    out.listItem("- ");
                    mdocLine("It", arguments);
                }
                default -> {
                    int xo = arguments.indexOf("Xo");
                    String tag = mdoc.render("It", xo < 0 ? arguments : arguments.subList(0, xo)).text();
                    if (xo >= 0) {
                        extendedTag = new StringBuilder(tag);
                        tagJoinsNext = false;
                    } else if (tag.isBlank()) {
                        out.listItem("- ");
                    } else {
                        out.tag(tag, indent);
                    }
                }
            }
        }

        /**
         * A line of an {@code .It Xo} tag, up to {@code .Xc}: whether it was one. Any request but mdoc's inline macros
         * ends the tag, so that one never closed does not take in the page.
         */
        private boolean extendsTag(RoffInput.Line line) {
            boolean inline = !line.isRequest() || MdocMacros.isMacro(line.name());
            if (inline) {
                int xc = line.isRequest() ? line.arguments().indexOf("Xc") : -1;
                MdocMacros.Text shown = !line.isRequest() ? new MdocMacros.Text(escapes.render(line.text()), false, false)
                        : mdoc.render(line.name(), xc < 0 ? line.arguments() : line.arguments().subList(0, xc));
                extendedTag.append(shown.joinsPrevious() || tagJoinsNext ? "" : " ").append(shown.text());
                tagJoinsNext = shown.joinsNext();
                if (!line.isRequest() || !line.name().equals("Xc") && xc < 0) {
                    return true;
                }
            }
            out.tag(extendedTag.toString(), indent);
            extendedTag = null;
            return inline;
        }

        /** {@code .Bd}: a literal or unfilled display is code, any other a paragraph. */
        private void openDisplay(List<String> arguments) {
            boolean literal = arguments.contains("-literal") || arguments.contains("-unfilled");
            displays.push(literal);
            if (literal) {
                out.code(true);
            } else {
                out.paragraph();
            }
        }

        private void closeDisplay() {
            if (!displays.isEmpty() && displays.pop()) {
                out.code(false);
            } else {
                out.paragraph();
            }
        }

        private void mdocLine(String name, List<String> arguments) {
            MdocMacros.Text line = mdoc.render(name, arguments);
            if (line.joinsPrevious()) {
                out.joinNext();
            }
            if (!line.text().isEmpty()) {
                show(line.text());
            }
            if (line.joinsNext()) {
                out.joinNext();
            }
        }

        /**
         * man's font macros show their arguments in one line, {@code .BR} and the other alternating ones without spaces
         * between them; {@code .OP} an option in brackets.
         */
        private String fontWords(String name, List<String> arguments) {
            return switch (name) {
                case "BR", "IR", "RB", "BI", "IB", "RI" -> shown(String.join("", arguments));
                case "OP" -> "[" + shown(String.join(" ", arguments)) + "]";
                default -> shown(String.join(" ", arguments));
            };
        }

        /** The words a macro that shows text shows: a font macro's or an mdoc macro's; null for any other request. */
        private String words(String name, List<String> arguments) {
            if (FONT_MACROS.contains(name)) {
                return fontWords(name, arguments);
            }
            return MdocMacros.isMacro(name) ? mdoc.render(name, arguments).text() : null;
        }

        /** {@code .UE}: a link without text shows its address; punctuation after it attaches. */
        private void endLink(List<String> arguments) {
            if (link != null && !linkHasText) {
                out.text(link);
            }
            link = null;
            if (!arguments.isEmpty()) {
                out.joinNext();
                out.text(shown(arguments.getFirst()));
            }
        }

        /** An equation ({@code .EQ}) or a picture ({@code .PS}): a terminal shows neither as words. */
        private void skipTo(String end) {
            RoffInput.Line line;
            do {
                line = input.next();
            } while (line != null && !end.equals(line.name()));
        }

        private String shown(String raw) {
            return escapes.render(raw);
        }
    }
}
