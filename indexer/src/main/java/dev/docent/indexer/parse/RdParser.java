package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an R documentation file ({@code man/*.Rd}: an R package's reference, one page per function or
 * topic, which roxygen2 writes and pkgdown publishes) as the page R's help shows: titled by the topic's
 * name and title ("filter: Keep rows that match a condition"), with its description, usage and
 * examples as R code, each argument as a line led by its name, and its own sections. Rd's markup reads
 * as the page shows it: {@code \code{x}} is code, a link its text, a list a list, a table a table; what
 * only another output shows ({@code \if{html}{...}}, figures, computed {@code \Sexpr}s) is left out.
 * The rest is read by the Markdown parser.
 */
public final class RdParser implements DocumentParser {

    /** Sections in the order R's help shows them: these, then the page's own ({@code \section}), then {@link #LAST_SECTIONS}. */
    private static final List<String> FIRST_SECTIONS = List.of("description", "usage", "arguments", "details", "value");
    private static final List<String> LAST_SECTIONS = List.of("note", "format", "source", "references", "examples", "seealso");
    private static final Map<String, String> SECTION_TITLES = Map.ofEntries(Map.entry("description", "Description"),
            Map.entry("usage", "Usage"), Map.entry("arguments", "Arguments"), Map.entry("details", "Details"),
            Map.entry("value", "Value"), Map.entry("note", "Note"), Map.entry("format", "Format"), Map.entry("source", "Source"),
            Map.entry("references", "References"), Map.entry("examples", "Examples"), Map.entry("seealso", "See also"));
    private static final Set<String> CODE_SECTIONS = Set.of("usage", "examples");
    /** Markup whose argument is code as written: examples not run or run only by hand, an S3 method's generic. */
    private static final Set<String> VERBATIM_MARKUP = Set.of("dontrun", "donttest", "method", "S3method", "S4method", "code",
            "preformatted", "verb");
    private static final Set<String> CODE_MARKUP = Set.of("code", "file", "samp", "verb", "env", "option", "command", "kbd",
            "var", "special", "preformatted");
    /** Markup whose argument the page does not show: figures, what only HTML or LaTeX output holds, computed text. */
    private static final Set<String> HIDDEN = Set.of("if", "figure", "out", "Sexpr", "dontshow", "alias", "keyword", "concept",
            "docType", "encoding", "Rdversion", "RdOpts", "testonly");
    private static final Map<String, String> SYMBOLS = Map.of("R", "R", "dots", "...", "ldots", "...", "cr", "\n", "tab",
            " | ");

    /**
     * Help files nest markup a few levels deep. Each level is read from a copy of what it holds, so markup nested tens
     * of thousands deep would take memory that grows with the square of the page: such a page fails instead.
     */
    private static final int MAX_NESTING = 1_000;

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String rd = withoutComments(new String(content, StandardCharsets.UTF_8));
        if (BalancedBraces.deepest(rd, "\\") > MAX_NESTING) {
            throw new UnreadableDocumentException("its markup nests more than " + MAX_NESTING + " levels deep");
        }
        Map<String, String> sections = new LinkedHashMap<>();
        List<OwnSection> ownSections = new ArrayList<>();
        for (Markup markup : markups(rd)) {
            if (markup.name().equals("section") && markup.arguments().size() >= 2) {
                ownSections.add(new OwnSection(inline(markup.arguments().get(0)).strip(), markup.arguments().get(1)));
            } else if (!markup.arguments().isEmpty()) {
                sections.putIfAbsent(markup.name(), markup.arguments().getFirst());
            }
        }
        if (!sections.containsKey("name") && !sections.containsKey("title")) {
            throw new UnreadableDocumentException("not an R documentation file: it has no \\name or \\title");
        }
        StringBuilder page = new StringBuilder("# ").append(title(sections)).append("\n\n");
        FIRST_SECTIONS.forEach(section -> Optional.ofNullable(sections.get(section)).ifPresent(body -> append(page, section, body)));
        ownSections.forEach(own -> page.append("## ").append(own.title()).append("\n\n").append(block(own.body())).append("\n\n"));
        LAST_SECTIONS.forEach(section -> Optional.ofNullable(sections.get(section)).ifPresent(body -> append(page, section, body)));
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    private static String title(Map<String, String> sections) {
        String name = inline(sections.getOrDefault("name", "")).strip();
        String title = inline(sections.getOrDefault("title", "")).replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? title : title.isEmpty() ? name : name + ": " + title;
    }

    private static void append(StringBuilder page, String section, String body) {
        String text = CODE_SECTIONS.contains(section) ? "```r\n" + verbatim(body).strip() + "\n```"
                : section.equals("arguments") ? arguments(body) : block(body);
        if (!text.isBlank()) {
            page.append("## ").append(SECTION_TITLES.get(section)).append("\n\n").append(text.strip()).append("\n\n");
        }
    }

    /** Each {@code \item{name}{what it is}} as a line of its own, led by the argument's name in code. */
    private static String arguments(String body) {
        return itemLines(body, name -> "`" + verbatim(name).strip() + "`");
    }

    /** A description list's {@code \item{term}{what it is}}, each a line led by its term. */
    private static String described(String body) {
        return itemLines(body, term -> inline(term).strip());
    }

    private static String itemLines(String body, Function<String, String> lead) {
        StringBuilder out = new StringBuilder();
        for (Markup item : markups(body)) {
            if (item.name().equals("item") && item.arguments().size() >= 2) {
                out.append("- ").append(lead.apply(item.arguments().get(0))).append(": ")
                        .append(block(item.arguments().get(1)).strip().replace("\n\n", "\n  ")).append('\n');
            }
        }
        return out.toString();
    }

    /** Text with its paragraphs; lists, tables and preformatted code become their Markdown. */
    private static String block(String rd) {
        return inline(rd).replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /** Text with Rd's markup read as the page shows it. */
    private static String inline(String rd) {
        return read(rd, RdParser::render);
    }

    /** R code as written: escapes undone, {@code \dontrun{}} and {@code \donttest{}} kept, {@code \dontshow{}} left out. */
    private static String verbatim(String rd) {
        return read(rd, RdParser::inCode);
    }

    /** Undoes Rd's escapes and writes each markup command as {@code shown} says. */
    private static String read(String rd, Function<Markup, String> shown) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < rd.length()) {
            char c = rd.charAt(i);
            if (c == '\\' && i + 1 < rd.length() && "%{}\\".indexOf(rd.charAt(i + 1)) >= 0) {
                out.append(rd.charAt(i + 1));
                i += 2;
            } else if (c == '\\' && i + 1 < rd.length() && Character.isLetter(rd.charAt(i + 1))) {
                Markup markup = Markup.at(rd, i);
                out.append(shown.apply(markup));
                i = markup.end();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String render(Markup markup) {
        List<String> args = markup.arguments();
        String name = markup.name();
        if (HIDDEN.contains(name)) {
            return "";
        }
        if (args.isEmpty()) {
            return SYMBOLS.getOrDefault(name, "");
        }
        return switch (name) {
            case "ifelse" -> args.size() >= 3 ? inline(args.get(2)) : "";
            case "href" -> args.size() >= 2 ? "[" + inline(args.get(1)) + "](" + verbatim(args.get(0)).strip() + ")" : inline(args.get(0));
            case "itemize", "enumerate" -> "\n\n" + list(args.getFirst(), name.equals("enumerate")) + "\n";
            case "describe" -> "\n\n" + described(args.getFirst()) + "\n";
            case "tabular" -> args.size() >= 2 ? "\n\n" + table(args.get(1)) + "\n" : "";
            case "preformatted" -> "\n\n```\n" + verbatim(args.getFirst()).strip() + "\n```\n\n";
            case "sQuote" -> "'" + inline(args.getFirst()) + "'";
            case "dQuote" -> "\"" + inline(args.getFirst()) + "\"";
            case "method", "S3method", "S4method" -> verbatim(args.getFirst());
            case "item" -> args.size() >= 2 ? "\n- " + inline(args.get(0)).strip() + ": " + inline(args.get(1)).strip() : inline(args.getFirst());
            default -> CODE_MARKUP.contains(name) ? "`" + verbatim(args.getFirst()).replace("`", "").strip() + "`"
                    : inline(args.getFirst());
        };
    }

    private static String inCode(Markup markup) {
        String name = markup.name();
        if (HIDDEN.contains(name)) {
            return "";
        }
        if (markup.arguments().isEmpty()) {
            return SYMBOLS.getOrDefault(name, "");
        }
        String argument = markup.arguments().getFirst();
        return VERBATIM_MARKUP.contains(name) ? verbatim(argument) : inline(argument);
    }

    private static String list(String body, boolean numbered) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (String item : body.split("\\\\item\\b")) {
            String text = block(item).strip().replace("\n\n", "\n  ");
            if (!text.isEmpty()) {
                out.append(numbered ? n++ + ". " : "- ").append(text).append('\n');
            }
        }
        return out.toString();
    }

    /** Rows end at {@code \cr}, cells at {@code \tab}; the first row heads the table, as pkgdown shows it. */
    private static String table(String body) {
        List<String> rows = new ArrayList<>();
        for (String row : body.split("\\\\cr\\b")) {
            if (row.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : row.split("\\\\tab\\b")) {
                cells.add(inline(cell).replaceAll("\\s+", " ").strip().replace("|", "\\|"));
            }
            rows.add("| " + String.join(" | ", cells) + " |");
            if (rows.size() == 1) {
                rows.add("|" + " --- |".repeat(cells.size()));
            }
        }
        return String.join("\n", rows);
    }

    /** The markup commands written at the outermost level of {@code rd}, in order; text between them is skipped. */
    private static List<Markup> markups(String rd) {
        List<Markup> found = new ArrayList<>();
        int i = 0;
        while (i < rd.length()) {
            if (rd.charAt(i) == '\\' && i + 1 < rd.length() && Character.isLetter(rd.charAt(i + 1))) {
                Markup markup = Markup.at(rd, i);
                found.add(markup);
                i = markup.end();
            } else {
                i += rd.charAt(i) == '\\' ? 2 : 1;
            }
        }
        return found;
    }

    /** An unescaped {@code %} starts a comment that runs to the end of its line. */
    private static String withoutComments(String rd) {
        StringBuilder out = new StringBuilder();
        for (String line : rd.split("\\R", -1)) {
            int cut = -1;
            for (int i = 0; i < line.length() && cut < 0; i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                } else if (line.charAt(i) == '%') {
                    cut = i;
                }
            }
            if (cut != 0) {
                out.append(cut < 0 ? line : line.substring(0, cut)).append('\n');
            }
        }
        return out.toString();
    }

    private record OwnSection(String title, String body) {
    }

    /**
     * One markup command: {@code \name}, its optional {@code [option]} and its brace-delimited
     * arguments, which may nest and hold escaped braces.
     *
     * @param end the index just past the command
     */
    record Markup(String name, List<String> arguments, int end) {

        static Markup at(String rd, int backslash) {
            int i = backslash + 1;
            while (i < rd.length() && Character.isLetterOrDigit(rd.charAt(i))) {
                i++;
            }
            String name = rd.substring(backslash + 1, i);
            if (i < rd.length() && rd.charAt(i) == '[') {
                int close = rd.indexOf(']', i);
                i = close < 0 ? i : close + 1;
            }
            List<String> arguments = new ArrayList<>();
            while (i < rd.length() && rd.charAt(i) == '{') {
                int close = BalancedBraces.closing(rd, i, "\\");
                arguments.add(rd.substring(i + 1, close < 0 ? rd.length() : close));
                i = close < 0 ? rd.length() : close + 1;
            }
            return new Markup(name, List.copyOf(arguments), i);
        }

    }
}
