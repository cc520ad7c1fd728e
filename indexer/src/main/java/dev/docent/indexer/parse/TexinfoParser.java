package dev.docent.indexer.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Texinfo ({@code .texi}, {@code .texinfo}, {@code .txi}): the GNU manuals - make's, Bash's, gawk's -
 * and Emacs packages' manuals, each one file for a whole manual, as its HTML or Info reader sees it. The
 * manual is titled by {@code @settitle}, else its {@code @top} heading; chapters, sections and their
 * unnumbered and appendix kin are its sections, so the heading path tells a manual's parts apart. A
 * definition ({@code @deffn Command make-frame}, {@code @defvar}) heads its description, and so does a
 * table's item ({@code @item -k} {@code @itemx --keep-going}), as options and functions are entries of
 * their own in the POD and Org parsers: a question naming one finds where it is defined. Examples are
 * code, {@code @multitable} a table, {@code @itemize} and {@code @enumerate} lists; inline commands read as
 * {@link TexinfoInline} says, and what the reader never sees - comments, index entries, menus, blocks for
 * TeX - is left out ({@link TexinfoSource}). Text after a definition or a table is the section's again, as
 * the manual shows it: Markdown cannot close a heading, so the section's is repeated. An {@code @include}d
 * file is not followed: it is a page of its own. The rest is read by the Markdown parser.
 */
public final class TexinfoParser implements DocumentParser {

    private static final Pattern TEXINFO_COMMAND = Pattern.compile("(?m)^[ \\t]*@[A-Za-z]");
    private static final Pattern ENCODING = Pattern.compile("(?m)^@documentencoding[ \\t]+(\\S+)");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String texinfo = decoded(content);
        if (!TEXINFO_COMMAND.matcher(texinfo).find()) {
            throw new UnreadableDocumentException("not Texinfo: no line starts with an @-command");
        }
        String page = new Translation(new TexinfoSource(texinfo)).markdown();
        return markdown.parse(page.getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** In the encoding that {@code @documentencoding} declares (ISO-8859-1 in older manuals), else UTF-8. */
    private static String decoded(byte[] content) throws UnreadableDocumentException {
        Matcher declared = ENCODING.matcher(new String(content, StandardCharsets.ISO_8859_1));
        if (declared.find()) {
            try {
                Charset charset = Charset.forName(declared.group(1));
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    return new String(content, charset);
                }
            } catch (IllegalArgumentException e) {
                // an unknown or misspelt name declares nothing
            }
        }
        return Utf8Text.decode(content);
    }

    /** One manual's Texinfo written as Markdown, line by line. */
    private static final class Translation {

        private static final Pattern COMMAND = Pattern.compile("\\s*@([A-Za-z]+)(?![A-Za-z0-9{])\\s*(.*)");
        private static final Pattern TAB = Pattern.compile("(?<!@)@tab(?![A-Za-z0-9])");
        private static final Pattern TEMPLATE = Pattern.compile("\\{[^{}]*}");
        private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");
        private static final Map<String, Integer> HEADING_LEVELS = Map.ofEntries(Map.entry("chapter", 2),
                Map.entry("unnumbered", 2), Map.entry("appendix", 2), Map.entry("majorheading", 2),
                Map.entry("chapheading", 2), Map.entry("centerchap", 2), Map.entry("section", 3),
                Map.entry("unnumberedsec", 3), Map.entry("appendixsec", 3), Map.entry("appendixsection", 3),
                Map.entry("heading", 3), Map.entry("subsection", 4), Map.entry("unnumberedsubsec", 4),
                Map.entry("appendixsubsec", 4), Map.entry("subheading", 4), Map.entry("subsubsection", 5),
                Map.entry("unnumberedsubsubsec", 5), Map.entry("appendixsubsubsec", 5), Map.entry("subsubheading", 5));
        private static final Set<String> CODE = Set.of("example", "smallexample", "lisp", "smalllisp", "display",
                "smalldisplay", "format", "smallformat", "verbatim");
        private static final Set<String> TABLES = Set.of("table", "vtable", "ftable");
        /** Blocks that only frame or place their body: their lines go, their body is read. */
        private static final Set<String> FRAMES = Set.of("cartouche", "group", "raggedright", "flushleft", "flushright",
                "indentedblock", "smallindentedblock", "float", "sidebar", "displaymath", "nodocs");
        /** Lines that show their text as a paragraph of its own. */
        private static final Set<String> TEXT_LINES = Set.of("center", "exdent");
        /** Lines for the processor or the printed book; index entries ({@code @cindex}, any {@code @...index}) too. */
        private static final Set<String> UNSEEN = Set.of("node", "setfilename", "dircategory", "setchapternewpage",
                "paragraphindent", "finalout", "contents", "shortcontents", "summarycontents", "page", "sp", "need", "noindent",
                "indent", "insertcopying", "documentencoding", "documentlanguage", "include", "verbatiminclude", "headings",
                "footnotestyle", "exampleindent", "firstparagraphindent", "codequoteundirected", "codequotebacktick",
                "allowcodebreaks", "frenchspacing", "kbdinputstyle", "smallbook", "afourpaper", "afivepaper", "afourlatex",
                "afourwide", "bsixpaper", "pagesizes", "cropmarks", "evenheading", "oddheading", "everyheading",
                "evenfooting", "oddfooting", "everyfooting", "evenheadingmarks", "oddheadingmarks", "everyheadingmarks",
                "evenfootingmarks", "oddfootingmarks", "everyfootingmarks", "setcontentsaftertitlepage",
                "setshortcontentsaftertitlepage", "novalidate", "validatemenus", "deftypefnnewline",
                "xrefautomaticsectiontitle", "urefbreakstyle", "clickstyle", "microtype", "fonttextsize", "raisesections",
                "lowersections", "vskip", "refill", "title", "subtitle", "author", "shorttitlepage", "listoffloats", "part",
                "definfoenclose");
        private static final int TOP_LEVEL = 1;
        private static final int MAX_HEADING_LEVEL = 6;
        /** Lists nested deeper than this are not indented further: a runaway nesting must not grow every line. */
        private static final int MAX_INDENTED_LISTS = 8;
        private static final int BULLET_WIDTH = 2;
        /** Room for "999." and a space. */
        private static final int NUMBER_WIDTH = 5;

        /** An open block whose end matters; {@code level} is the heading level of what is defined inside it. */
        private abstract static sealed class Block permits Code, Entries, ItemList, Table {

            final String name;
            final int level;

            Block(String name, int level) {
                this.name = name;
                this.level = level;
            }
        }

        private static final class Code extends Block {

            final List<String> lines = new ArrayList<>();

            Code(String name, int level) {
                super(name, level);
            }
        }

        /** A definition, or a table whose items' command is {@code format} ({@code @code}): its entries head what they define. */
        private static final class Entries extends Block {

            final String format;

            Entries(String name, int level, String format) {
                super(name, level);
                this.format = format;
            }
        }

        private static final class ItemList extends Block {

            /** How far its items' text is indented: the width of their markers. */
            final int width;
            int number;

            ItemList(String name, int level, int width, int number) {
                super(name, level);
                this.width = width;
                this.number = number;
            }

            String nextMarker() {
                String marker = name.equals("enumerate") ? number++ + "." : "-";
                return marker + " ".repeat(Math.max(1, width - marker.length()));
            }
        }

        /** A {@code @multitable}: its rows as Texinfo, cells apart at {@code @tab}; headed when its first is a {@code @headitem}. */
        private static final class Table extends Block {

            final int columns;
            final List<StringBuilder> rows = new ArrayList<>();
            boolean headed;

            Table(int level, int columns) {
                super("multitable", level);
                this.columns = columns;
            }
        }

        private final TexinfoSource source;
        private final TexinfoInline inline;
        private final MarkdownWriter page = new MarkdownWriter();
        private final Deque<Block> open = new ArrayDeque<>();
        private final Map<String, Integer> openByName = new HashMap<>();
        private final StringBuilder paragraph = new StringBuilder();
        /** Entries not yet written, as Texinfo: a table's {@code @item} and {@code @itemx} lines, a definition's. */
        private final List<String> entries = new ArrayList<>();
        private int entryLevel;
        /** The heading last written at each level, to be under it again after a table or definition ends. */
        private final String[] headings = new String[MAX_HEADING_LEVEL + 1];
        private int lastHeadingLevel = TOP_LEVEL;
        /** The level whose heading the text after an ended table or definition is under again; 0 for none. */
        private int returnLevel;
        private String settitle;
        private String top;
        private int sectionLevel = TOP_LEVEL;
        private int braceDepth;
        /** What leads the next paragraph's text: a quotation's label ("Note: "). */
        private String lead = "";

        Translation(TexinfoSource source) {
            this.source = source;
            this.inline = new TexinfoInline(source::isSet);
        }

        String markdown() {
            for (String line = source.next(); line != null; line = source.next()) {
                read(line);
            }
            closeAll();
            String title = settitle != null ? settitle : top;
            return title == null || title.isBlank() ? page.markdown()
                    : "# " + inline.read(title, TexinfoInline.Context.HEADING).strip() + "\n\n" + page.markdown();
        }

        private void read(String line) {
            Matcher command = COMMAND.matcher(line);
            String name = command.matches() ? command.group(1) : "";
            String rest = name.isEmpty() ? "" : command.group(2);
            if (open.peek() instanceof Code code) {
                codeLine(code, name, rest, line);
            } else if (open.peek() instanceof Table table && !name.equals("item") && !name.equals("headitem")
                    && !name.equals("end")) {
                appendToRow(table, line);
            } else if (line.isBlank()) {
                blankLine();
            } else if (name.isEmpty()) {
                text(line);
            } else {
                command(name, rest, line);
            }
        }

        private void command(String name, String rest, String line) {
            if (HEADING_LEVELS.containsKey(name)) {
                heading(HEADING_LEVELS.get(name), rest);
            } else if (CODE.contains(name)) {
                push(new Code(name, level()));
            } else if (TABLES.contains(name)) {
                push(new Entries(name, Math.min(MAX_HEADING_LEVEL, level() + 1), rest.strip()));
            } else if (TexinfoDefinitions.opens(name)) {
                push(new Entries(name, Math.min(MAX_HEADING_LEVEL, level() + 1), ""));
                entry(level(), TexinfoDefinitions.heading(name, rest));
            } else if (TexinfoDefinitions.continues(name)) {
                entry(level(), TexinfoDefinitions.heading(name, rest));
            } else {
                switch (name) {
                    case "settitle" -> settitle = settitle == null ? rest : settitle;
                    case "top" -> {
                        closeAll();
                        top = top == null ? rest : top;
                        sectionLevel = TOP_LEVEL;
                    }
                    case "end" -> end(rest.split("\\s+", 2)[0]);
                    case "item", "itemx", "headitem" -> item(name, rest);
                    case "itemize", "enumerate" -> list(name, rest);
                    case "multitable" -> push(new Table(level(), columns(rest)));
                    case "quotation", "smallquotation" -> {
                        endParagraph();
                        lead = rest.isBlank() ? "" : rest + ": ";
                    }
                    default -> other(name, rest, line);
                }
            }
        }

        /** A command with no structure of its own: a line of text, a frame's edge, or nothing the reader sees. */
        private void other(String name, String rest, String line) {
            if (TEXT_LINES.contains(name)) {
                endParagraph();
                text(rest);
                endParagraph();
            } else if (FRAMES.contains(name)) {
                endParagraph();
            } else if (!unseen(name)) {
                text(line); // an unknown command - a user macro left unexpanded - still leads the manual's text
            }
        }

        private void heading(int level, String text) {
            closeAll();
            sectionLevel = level;
            Arrays.fill(headings, level, headings.length, null);
            writeHeading(level, inline.read(text, TexinfoInline.Context.HEADING).strip());
        }

        /** A heading, unless it has no words ({@code @item @anchor{x}}): Markdown would read an empty one as a section. */
        private void writeHeading(int level, String text) {
            if (!text.isEmpty()) {
                page.heading(level, text);
                headings[level] = text;
                lastHeadingLevel = level;
                returnLevel = 0;
            }
        }

        /** The heading level of what the innermost block defines; the section's when none is open. */
        private int level() {
            return open.isEmpty() ? sectionLevel : open.peek().level;
        }

        private void push(Block block) {
            endParagraph();
            if (block instanceof Entries) {
                writeEntries(); // a table in an item's description is under the item; a new entry heads its own
            } else {
                headContent();
            }
            open.push(block);
            openByName.merge(block.name, 1, Integer::sum);
            if (block instanceof ItemList list) {
                page.openList(list.width);
            }
        }

        /** {@code @end name}: closes the blocks opened since the one it names; an end that closes nothing open is ignored. */
        private void end(String name) {
            endParagraph();
            if (openByName.getOrDefault(name, 0) > 0) {
                String closed;
                do {
                    closed = close(); // blocks left open inside it end with it
                } while (!closed.equals(name));
            }
        }

        private void closeAll() {
            endParagraph();
            while (!open.isEmpty()) {
                close();
            }
            writeEntries();
            returnLevel = 0;
        }

        /** Ends the innermost block and writes what it held; its name. */
        private String close() {
            endParagraph();
            Block block = open.pop();
            openByName.merge(block.name, -1, Integer::sum);
            switch (block) {
                case Code code -> writeCode(code);
                case Table table -> writeTable(table);
                case ItemList list -> page.closeList(list.width);
                case Entries entry -> {
                    writeEntries();
                    if (page.lists() == 0 && lastHeadingLevel >= entry.level) {
                        returnLevel = entry.level - 1;
                    }
                }
            }
            return block.name;
        }

        /** {@code @item}, {@code @itemx} or {@code @headitem}: a table's entry, a list's item or a multitable's row. */
        private void item(String name, String rest) {
            switch (open.peek()) {
                case Entries table when TABLES.contains(table.name) ->
                        entry(table.level, table.format.isEmpty() ? rest : table.format + "{" + rest + "}");
                case ItemList list -> {
                    endParagraph();
                    page.item(list.nextMarker());
                    text(rest);
                }
                case Table table -> {
                    table.rows.add(new StringBuilder(rest));
                    table.headed |= table.rows.size() == 1 && name.equals("headitem");
                }
                case null, default -> text(rest);
            }
        }

        /**
         * An entry's line; lines that follow one another with no text between ({@code @item -k}, {@code @itemx
         * --keep-going}) make one heading, as they head one description.
         */
        private void entry(int level, String texinfo) {
            endParagraph();
            if (entries.isEmpty()) {
                entryLevel = level;
            }
            entries.add(texinfo);
        }

        /** The entries waiting for their description, as its heading; as a line of text in a list, where a heading would end it. */
        private void writeEntries() {
            if (entries.isEmpty()) {
                return;
            }
            String texinfo = String.join(", ", entries);
            entries.clear();
            if (page.lists() > 0) {
                page.text(List.of(inline.read(texinfo, TexinfoInline.Context.PROSE).strip()));
            } else {
                writeHeading(entryLevel, inline.read(texinfo, TexinfoInline.Context.HEADING).strip());
            }
        }

        /** Before content: the entries it describes as its heading, or the heading it is under again after a table or definition. */
        private void headContent() {
            writeEntries();
            if (returnLevel > TOP_LEVEL && headings[returnLevel] != null) {
                writeHeading(returnLevel, headings[returnLevel]);
            }
            returnLevel = 0;
        }

        /** {@code @itemize @bullet} or {@code @enumerate 3}: items marked by "- " or by numbers from the one given. */
        private void list(String name, String rest) {
            boolean numbered = name.equals("enumerate");
            int width = page.lists() >= MAX_INDENTED_LISTS ? 0 : numbered ? NUMBER_WIDTH : BULLET_WIDTH;
            int first = numbered && rest.strip().matches("\\d{1,4}") ? Integer.parseInt(rest.strip()) : 1;
            push(new ItemList(name, level(), width, first));
        }

        /** A multitable's columns: as many as its {@code @columnfractions}, else as its template cells ({@code {longest}}). */
        private static int columns(String rest) {
            String[] words = rest.strip().split("\\s+");
            if (words[0].equals("@columnfractions")) {
                return words.length - 1;
            }
            return (int) TEMPLATE.matcher(rest).results().count();
        }

        /** A line that goes on with the row above it: a cell after {@code @tab}, or more of the cell's text. */
        private static void appendToRow(Table table, String line) {
            if (table.rows.isEmpty()) {
                table.rows.add(new StringBuilder(line));
            } else {
                table.rows.getLast().append('\n').append(line);
            }
        }

        private void writeTable(Table table) {
            List<List<String>> rows = table.rows.stream().map(row -> TAB.splitAsStream(row).map(this::cell).toList()).toList();
            int width = Math.max(table.columns, rows.stream().mapToInt(List::size).max().orElse(0));
            List<List<String>> padded = rows.stream().map(cells -> padded(cells, width)).toList();
            if (!padded.isEmpty()) {
                int headerRows = table.headed ? 1 : 0;
                page.block(PipeTable.of(table.headed ? padded.getFirst() : List.of(), padded.subList(headerRows, padded.size()), width));
            }
        }

        private String cell(String texinfo) {
            return inline.read(texinfo, TexinfoInline.Context.PROSE).replaceAll("\\s+", " ").strip().replace("|", "\\|");
        }

        private static List<String> padded(List<String> cells, int width) {
            List<String> all = new ArrayList<>(cells);
            while (all.size() < width) {
                all.add("");
            }
            return all;
        }

        private static boolean unseen(String command) {
            return UNSEEN.contains(command) || command.endsWith("index");
        }

        /** A line of an example: its commands read (or, in {@code @verbatim}, none), its block's end closing it. */
        private void codeLine(Code code, String name, String rest, String line) {
            if (name.equals("end") && rest.split("\\s+", 2)[0].equals(code.name)) {
                close();
            } else if (code.name.equals("verbatim")) {
                code.lines.add(line);
            } else if (name.isEmpty() || !(name.equals("end") || FRAMES.contains(name) || unseen(name))) {
                code.lines.add(inline.read(line, TexinfoInline.Context.CODE));
            }
        }

        /** The example as a fenced block, without the blank lines around it, fenced by more backticks than any line starts with. */
        private void writeCode(Code code) {
            int first = 0;
            int last = code.lines.size();
            while (first < last && code.lines.get(first).isBlank()) {
                first++;
            }
            while (last > first && code.lines.get(last - 1).isBlank()) {
                last--;
            }
            if (first == last) {
                return;
            }
            String body = String.join("\n", code.lines.subList(first, last)).stripTrailing();
            int longestRun = body.lines().mapToInt(Translation::leadingBackticks).max().orElse(0);
            String fence = "`".repeat(Math.max(3, longestRun + 1));
            page.block(fence + "\n" + body + "\n" + fence);
        }

        private static int leadingBackticks(String line) {
            String stripped = line.stripLeading();
            int run = 0;
            while (run < stripped.length() && stripped.charAt(run) == '`') {
                run++;
            }
            return run;
        }

        /** A blank line ends a paragraph - unless a brace is still open, as in a footnote of several paragraphs. */
        private void blankLine() {
            if (braceDepth > 0) {
                paragraph.append('\n');
            } else {
                endParagraph();
            }
        }

        private void text(String line) {
            paragraph.append(line).append('\n');
            braceDepth += braceBalance(line);
        }

        private void endParagraph() {
            if (paragraph.isEmpty()) {
                return;
            }
            String text = lead + inline.read(paragraph, TexinfoInline.Context.PROSE);
            paragraph.setLength(0);
            braceDepth = 0;
            lead = "";
            // Paragraphs that an open brace held together are paragraphs again.
            for (String part : BLANK_LINES.split(text)) {
                List<String> lines = part.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                if (!lines.isEmpty()) {
                    headContent();
                    page.text(lines);
                }
            }
        }

        /** How many more braces the line opens than it closes, {@code @{} and {@code @}} aside. */
        private static int braceBalance(String line) {
            int balance = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '@') {
                    i++;
                } else if (c == '{') {
                    balance++;
                } else if (c == '}') {
                    balance--;
                }
            }
            return balance;
        }
    }
}
