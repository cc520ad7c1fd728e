package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads LaTeX ({@code .tex}: a project's user manual, a chapter of it; {@code .Rnw}: an R package's
 * Sweave or knitr vignette) as the typeset document shows it: titled by {@code \title}, its sectioning
 * commands as sections, {@code verbatim}, {@code lstlisting}, {@code minted} and the vignette's code chunks
 * as code blocks, {@code itemize}, {@code enumerate} and {@code description} as lists, {@code tabular} as
 * tables, quotes as quotes, display math as written, and the inline commands as {@link LatexInline} reads
 * them. The preamble, comments, {@code comment} environments and the figures' pictures are left out; a
 * chapter that another file {@code \input}s is a page of its own. The rest is read by the Markdown parser.
 */
public final class LatexParser implements DocumentParser {

    private static final Pattern TITLE = Pattern.compile("\\\\title\\s*(?:\\[[^\\]]{0,200}])?\\s*\\{");
    private static final Pattern BEGIN = Pattern.compile("^\\s*\\\\begin\\s*\\{([A-Za-z*]+)}");
    private static final Pattern END = Pattern.compile("\\\\end\\s*\\{([A-Za-z*]+)}");
    private static final Pattern ITEM = Pattern.compile("^\\s*\\\\item\\b\\s*(?:\\[([^\\]]{0,200})])?\\s*(.*)$");
    private static final Pattern DOCUMENT_BEGIN = Pattern.compile("^\\s*\\\\begin\\s*\\{document}");
    private static final Pattern DOCUMENT_END = Pattern.compile("^\\s*\\\\end\\s*\\{document}");
    private static final Pattern SWEAVE_CHUNK = Pattern.compile("^\\s*<<.*>>=\\s*$");
    private static final Pattern SWEAVE_END = Pattern.compile("^\\s*@\\s*$");
    private static final Pattern LANGUAGE_OPTION = Pattern.compile("language\\s*=\\s*\\{?([\\w+#-]+)");
    /** Environments whose lines are code as written: their {@code %} is no comment and their backslashes no commands. */
    private static final Set<String> VERBATIM = Set.of("verbatim", "verbatim*", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting",
            "minted", "alltt", "Sinput", "Soutput", "Scode", "Rcode", "Rinput", "Routput", "comment", "filecontents", "filecontents*");
    private static final Set<String> MATH = Set.of("equation", "equation*", "align", "align*", "displaymath", "gather", "gather*",
            "multline", "multline*", "eqnarray", "eqnarray*", "math");
    private static final Set<String> TABLES = Set.of("tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular");
    private static final Map<String, String> LISTS = Map.of("itemize", "- ", "enumerate", "1. ", "description", "- ",
            "compactitem", "- ", "compactenum", "1. ", "list", "- ");
    private static final Set<String> QUOTES = Set.of("quote", "quotation", "verse");
    private static final Pattern TABLE_RULE = Pattern.compile(
            "\\\\(?:hline|toprule|midrule|bottomrule|cline\\{[^}]*}|cmidrule(?:\\([^)]*\\))?\\{[^}]*}|endhead|endfirsthead|endfoot|endlastfoot)");
    private static final Pattern CITATION = Pattern.compile("\\\\(?:cite[a-z]*|ref|eqref|pageref|autoref)\\b");
    private static final Pattern UNESCAPED_AMPERSAND = Pattern.compile("(?<!\\\\)&");
    /** Where a line is split before an environment's begin or end, or an item: each starts a line of its own. */
    private static final Pattern COMMAND_START = Pattern.compile("(?<=.)(?=\\\\(?:begin|end)\\s*\\{|\\\\item\\b)");
    /** How many braced arguments an environment's opening takes before its text: a table's column specification, a box's width. */
    private static final Map<String, Integer> ARGUMENTS = Map.of("tabular", 1, "tabular*", 2, "tabularx", 2, "tabulary", 2,
            "longtable", 1, "supertabular", 1, "minipage", 1, "multicols", 1, "wrapfigure", 2, "wraptable", 2);
    private static final Pattern ROW_END = Pattern.compile("\\\\\\\\(?:\\[[^\\]]*])?");

    /** Lists nested deeper than this are indented as this deep: real ones nest a few, and each level costs every item. */
    private static final int MAX_LIST_DEPTH = 8;

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        List<String> lines = Arrays.asList(new String(content, StandardCharsets.UTF_8).split("\\R", -1));
        List<String> uncommented = lines.stream().map(LatexParser::withoutComment).toList();
        int begin = indexOf(lines, DOCUMENT_BEGIN, 0);
        String title = begin < 0 ? null : title(String.join("\n", uncommented.subList(0, begin)));
        int end = begin < 0 ? -1 : indexOf(lines, DOCUMENT_END, begin + 1);
        int from = begin < 0 ? 0 : begin + 1;
        int to = end < 0 ? lines.size() : end;
        List<String> body = oneCommandALine(lines.subList(from, to), uncommented.subList(from, to));
        Page page = new Page(LatexSections.of(String.join("\n", uncommented), body, title != null));
        if (title != null && !title.isBlank()) {
            page.out.append("# ").append(title).append("\n\n");
        }
        for (int i = 0; i < body.size(); i++) {
            i = page.line(body, i);
        }
        page.flush();
        return markdown.parse(page.out.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    private static String title(String preamble) {
        Matcher m = TITLE.matcher(preamble);
        if (!m.find()) {
            return null;
        }
        int close = BalancedBraces.closing(preamble, m.end() - 1, "\\");
        return close < 0 ? null : LatexInline.read(preamble.substring(m.end(), close), false).replaceAll("\\s+", " ").strip();
    }

    /**
     * The body's lines without comments, each {@code \begin}, {@code \end} and {@code \item} starting a line of its own,
     * so that a line opens or closes one thing at most; verbatim environments and code chunks as written.
     *
     * @param uncommented the same lines without their comments
     */
    private static List<String> oneCommandALine(List<String> lines, List<String> uncommented) {
        List<String> split = new ArrayList<>();
        String verbatim = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (verbatim != null) {
                split.add(line);
                if (verbatim.isEmpty() ? SWEAVE_END.matcher(line).matches() : endsEnvironment(line, verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            Matcher begin = BEGIN.matcher(line);
            if (SWEAVE_CHUNK.matcher(line).matches() || begin.find() && VERBATIM.contains(begin.group(1))) {
                split.add(line);
                verbatim = SWEAVE_CHUNK.matcher(line).matches() ? "" : begin.group(1);
                continue;
            }
            for (String part : COMMAND_START.split(uncommented.get(i), -1)) {
                split.add(part);
            }
        }
        return split;
    }

    private static boolean endsEnvironment(String line, String name) {
        Matcher end = END.matcher(line);
        while (end.find()) {
            if (end.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The line up to its first {@code %} that no backslash escapes. */
    static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '%') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The Markdown being written, and the paragraph or list item whose lines are gathered before they are read. */
    private static final class Page {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private final Deque<String> lists = new ArrayDeque<>();
        private final LatexSections sections;
        private String paragraphLead = "";
        private int quoteDepth;

        Page(LatexSections sections) {
            this.sections = sections;
        }

        /** Reads the line at {@code i} and what belongs with it; the index of the last line it took. */
        int line(List<String> lines, int i) {
            String raw = lines.get(i);
            if (SWEAVE_CHUNK.matcher(raw).matches()) {
                int close = indexOf(lines, SWEAVE_END, i + 1);
                int last = close < 0 ? lines.size() - 1 : close;
                code("r", lines.subList(i + 1, close < 0 ? lines.size() : close));
                return last;
            }
            Matcher begin = BEGIN.matcher(raw);
            if (begin.find() && VERBATIM.contains(begin.group(1))) {
                return verbatim(lines, i, begin);
            }
            String line = raw;
            if (line.isBlank()) {
                flush();
                return i;
            }
            Matcher heading = sections.heading(line);
            if (heading.find()) {
                return heading(lines, i, heading);
            }
            if (begin.find(0)) {
                return environment(lines, i, begin.group(1), line.substring(begin.end()));
            }
            Matcher end = END.matcher(line);
            if (end.find() && line.substring(0, end.start()).isBlank()) {
                endEnvironment(end.group(1));
                paragraph.append(line.substring(end.end())).append('\n');
                return i;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches() && !lists.isEmpty()) {
                flush();
                String indent = "  ".repeat(Math.min(lists.size(), MAX_LIST_DEPTH) - 1);
                String term = item.group(1) == null ? "" : "**" + LatexInline.read(item.group(1), false).strip() + "**: ";
                paragraphLead = indent + lists.peek() + term;
                paragraph.append(item.group(2)).append('\n');
                return i;
            }
            paragraph.append(line).append('\n');
            return i;
        }

        private int heading(List<String> lines, int i, Matcher heading) {
            flush();
            String text = lines.get(i);
            int last = i;
            int open = heading.end() - 1;
            int close = BalancedBraces.closing(text, open, "\\");
            // A title that runs on over a few lines ends where its brace closes.
            while (close < 0 && last + 1 < lines.size() && last - i < 4) {
                text = text + " " + lines.get(++last);
                close = BalancedBraces.closing(text, open, "\\");
            }
            if (close < 0) {
                paragraph.append(lines.get(i)).append('\n');
                return i;
            }
            String full = text.substring(heading.end(), close);
            // A title made of citations ("\\cite{hac:Petersen:2009}") shows nothing here: its short title names it.
            String title = LatexInline.read(CITATION.matcher(full).find() && heading.group(2) != null ? heading.group(2) : full, false)
                    .replaceAll("\\s+", " ").strip();
            out.append("#".repeat(sections.level(heading.group(1)))).append(' ').append(title).append("\n\n");
            String after = text.substring(close + 1);
            if (!after.isBlank()) {
                paragraph.append(after).append('\n');
            }
            return last;
        }

        private int environment(List<String> lines, int i, String name, String rest) {
            if (TABLES.contains(name)) {
                return table(lines, i, name);
            }
            if (MATH.contains(name)) {
                int close = endOf(lines, i, name);
                code("", lines.subList(i + 1, close < 0 ? lines.size() : close));
                return close < 0 ? lines.size() - 1 : close;
            }
            if (LISTS.containsKey(name)) {
                flush();
                lists.push(LISTS.get(name));
            } else if (QUOTES.contains(name)) {
                flush();
                quoteDepth++;
            }
            paragraph.append(skipArguments(rest, ARGUMENTS.getOrDefault(name, 0))).append('\n');
            return i;
        }

        private void endEnvironment(String name) {
            if (LISTS.containsKey(name) && !lists.isEmpty()) {
                flush();
                lists.pop();
                if (lists.isEmpty()) {
                    out.append('\n');
                }
            } else if (QUOTES.contains(name) && quoteDepth > 0) {
                flush();
                quoteDepth--;
            }
        }

        /** A verbatim environment's lines as a code block ({@code comment}'s left out); the index of its end line. */
        private int verbatim(List<String> lines, int i, Matcher begin) {
            String name = begin.group(1);
            int close = endOf(lines, i, name);
            List<String> code = lines.subList(i + 1, close < 0 ? lines.size() : close);
            if (!name.equals("comment")) {
                String rest = lines.get(i).substring(begin.end());
                Matcher language = LANGUAGE_OPTION.matcher(rest);
                String minted = name.equals("minted") && rest.contains("{") && rest.contains("}")
                        ? rest.substring(rest.lastIndexOf('{') + 1, rest.lastIndexOf('}')) : "";
                code(language.find() ? language.group(1).toLowerCase(Locale.ROOT) : minted, code);
            } else {
                flush();
            }
            return close < 0 ? lines.size() - 1 : close;
        }

        /** A table's rows (up to {@code \\}) and cells (at each {@code &}), its first row as the header; the index of its end line. */
        private int table(List<String> lines, int i, String name) {
            int close = endOf(lines, i, name);
            String text = String.join(" ", lines.subList(i, close < 0 ? lines.size() : close + 1));
            Matcher begin = Pattern.compile("\\\\begin\\s*\\{" + Pattern.quote(name) + "}").matcher(text);
            int from = begin.find() ? begin.end() : 0;
            Matcher end = END.matcher(text);
            int to = text.length();
            while (end.find()) {
                if (end.group(1).equals(name)) {
                    to = end.start();
                }
            }
            String inner = TABLE_RULE.matcher(skipArguments(text.substring(from, Math.max(from, to)), ARGUMENTS.getOrDefault(name, 1)))
                    .replaceAll(" ");
            List<List<String>> rows = new ArrayList<>();
            for (String row : ROW_END.split(inner)) {
                if (row.isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : UNESCAPED_AMPERSAND.split(row, -1)) {
                    cells.add(LatexInline.read(cell, false).replaceAll("\\s+", " ").strip().replace("|", "\\|"));
                }
                rows.add(cells);
            }
            flush();
            if (!rows.isEmpty()) {
                out.append(PipeTable.ofRagged(rows.getFirst(), rows.subList(1, rows.size()))).append("\n\n");
            }
            return close < 0 ? lines.size() - 1 : close;
        }

        private void code(String language, List<String> lines) {
            flush();
            out.append("```").append(language).append('\n').append(String.join("\n", lines).stripIndent().strip()).append("\n```\n\n");
        }

        /** Reads the gathered paragraph or item and writes it. */
        void flush() {
            if (paragraph.toString().isBlank()) {
                paragraph.setLength(0);
                paragraphLead = "";
                return;
            }
            // A reference or citation left out leaves its spaces behind ("Read Section  before"), and a line of
            // nothing else an empty line, which would end the paragraph there.
            String text = LatexInline.read(paragraph.toString(), false).replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                    .replaceAll("\n{2,}", "\n").replaceAll("(?<=\\S) {2,}(?=\\S)", " ").strip();
            if (!paragraphLead.isEmpty()) {
                text = paragraphLead + text.replace("\n", " ");
            }
            if (quoteDepth > 0) {
                text = text.lines().map(l -> "> ".repeat(quoteDepth) + l).reduce((a, b) -> a + "\n" + b).orElse("");
            }
            out.append(text).append(paragraphLead.isEmpty() ? "\n\n" : "\n");
            paragraph.setLength(0);
            paragraphLead = "";
        }
    }

    /** The line that ends the environment opened on line {@code i}, or -1. */
    private static int endOf(List<String> lines, int i, String name) {
        Pattern end = Pattern.compile("\\\\end\\s*\\{" + Pattern.quote(name) + "}");
        for (int j = i + 1; j < lines.size(); j++) {
            if (end.matcher(lines.get(j)).find()) {
                return j;
            }
        }
        return -1;
    }

    /** A text without the arguments that open it: its options in brackets, and so many braced ones. */
    private static String skipArguments(String text, int braced) {
        int i = 0;
        int skipped = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && skipped++ < braced || c == '[') {
                int close = c == '{' ? BalancedBraces.closing(text, i, "\\") : text.indexOf(']', i);
                if (close < 0) {
                    return text.substring(i);
                }
                i = close + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                break;
            }
        }
        return text.substring(i);
    }
}
