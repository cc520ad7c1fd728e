package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.retrieval.LanguageVariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a passage's Markdown into quotable units. A code block is one unit, quoted (if short) only
 * with the sentence that announces it ("... as in this example:"). Table rows are spelled out
 * against their header so that a row read alone still makes sense, and paragraphs are split into
 * sentences.
 */
final class TextUnits {

    /** A list item's mark: a bullet or a number, and the space after it. */
    static final String LIST_MARK = "(?:[-*+]|\\d{1,3}[.)])\\s+";
    /** A line that is a list item; a list item is quoted, and cited, as a whole. */
    static final Pattern LIST_ITEM = Pattern.compile("^\\s*" + LIST_MARK + ".*");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3})(?=[.)]\\s)");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*");
    /** A Markdown link or image: quoted as its text, since relative doc links mean nothing in chat. */
    /** Spaces around a cell's text, no-break spaces included: generated tables widen a column with them. */
    private static final Pattern CELL_PADDING = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    /**
     * Inline HTML that Markdown pages carry for the site ({@code <a id="fst_err_x">FST_ERR_X</a>},
     * {@code (`string`)<br> The source code}): its text is quoted, its tags are not. Inline code keeps
     * them, as it keeps everything.
     */
    private static final Pattern INLINE_HTML = Pattern.compile(
            "</?(?:a|abbr|b|br|code|del|div|em|i|img|ins|kbd|mark|p|s|small|span|strong|sub|sup|u)\\b[^<>`]*>",
            Pattern.CASE_INSENSITIVE);
    /** Markdown's backslash at the end of a line breaks the line; it is no text. */
    private static final Pattern HARD_BREAK = Pattern.compile("(?<=\\S)\\s*\\\\$");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S) {2,}");
    private static final int MIN_CHARS = 12;
    /** The longest paragraph quoted whole after the sentence that announces it: a message, not a section. */
    private static final int MAX_ANNOUNCED_PARAGRAPH_CHARS = 300;
    /**
     * "... add the following CSS.", "... looks like this.", "... is shown below.", "Here is how sessions
     * work."; not "rows are added below within a minute."
     */
    private static final Pattern POINTS_FORWARD = Pattern.compile(
            "\\b(?:the following|as follows)\\b|\\b(?:like this|like so|below)\\.$|^here(?:'s|’s| is| are)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String CODE_FENCE = "```";

    private final List<TextUnit> units = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private List<String> tableHeader;
    private int group = -1;
    private int groups;
    /** Where the sentence that ended the last paragraph sits, if it ends with a colon; else -1. */
    private int announcement = -1;

    private TextUnits() {
    }

    static List<TextUnit> of(String markdown) {
        TextUnits splitter = new TextUnits();
        splitter.read(markdown);
        splitter.numberStepsAsRendered();
        splitter.dropShortUnits();
        return splitter.withAnnouncementsEndingInColons();
    }

    /**
     * "In that file add the following CSS." right before a code block, a list or a table announces
     * it as a colon would, and is read as ending with one: it is quoted with what it announces, and
     * where that is left out it stands as a statement again. So does a sentence that runs into the
     * block without a full stop ("Thus, to get the same diff, we can now do"). At the end of a
     * passage, an announcement points to what the next passage holds.
     */
    private List<TextUnit> withAnnouncementsEndingInColons() {
        List<TextUnit> read = new ArrayList<>(units);
        for (int i = 0; i < read.size(); i++) {
            TextUnit unit = read.get(i);
            boolean last = i + 1 == read.size();
            if (unit.kind() != TextUnit.Kind.SENTENCE || !last && read.get(i + 1).kind() == TextUnit.Kind.SENTENCE) {
                continue;
            }
            String text = unit.text();
            if (text.endsWith(".") && POINTS_FORWARD.matcher(text).find()) {
                read.set(i, new TextUnit(text.substring(0, text.length() - 1) + ":", unit.position(), unit.kind(),
                        unit.group(), unit.terms(), unit.language()));
            } else if (!last && runsOn(text.charAt(text.length() - 1))) {
                read.set(i, new TextUnit(text + ":", unit.position(), unit.kind(), unit.group(), unit.terms(), unit.language()));
            }
        }
        return List.copyOf(read);
    }

    /**
     * A sentence that ends in a word, in code or in a closing parenthesis runs into the block after
     * it ("... from `/Users/mjr`" then the code); a bold label ("**When to use**") names it instead.
     */
    private static boolean runsOn(char last) {
        return Character.isLetterOrDigit(last) || last == '`' || last == ')';
    }

    private void read(String markdown) {
        List<String> code = null;
        String fence = null;
        for (String line : markdown.split("\\R")) {
            if (FencedCode.isFence(line)) {
                endBlock();
                if (code == null) {
                    code = new ArrayList<>();
                    fence = line;
                } else {
                    codeBlock(fence, code);
                    code = null;
                }
                continue;
            }
            if (code != null) {
                code.add(line);
                continue;
            }
            line = withoutInlineHtml(withLinksAsText(HARD_BREAK.matcher(line).replaceAll("")));
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                endBlock();
                if (!trimmed.isEmpty()) {
                    announcement = -1;
                }
            } else if (trimmed.startsWith("|")) {
                startGroup(tableHeader != null);
                tableRow(trimmed);
            } else if (LIST_ITEM.matcher(line).matches()) {
                startGroup(tableHeader == null);
                tableHeader = null;
                units.add(unit(trimmed, TextUnit.Kind.LIST_ITEM, group));
            } else if (group >= 0 && tableHeader == null && Character.isWhitespace(line.charAt(0)) && lastIsItemOf(group)) {
                appendToLastItem(trimmed);
            } else {
                tableHeader = null;
                group = -1;
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(trimmed);
            }
        }
        endBlock();
    }

    /** Fenced again without its language, which Slack would show as the block's first line. */
    private void codeBlock(String fence, List<String> lines) {
        String body = String.join("\n", lines).stripTrailing();
        if (body.isBlank()) {
            return;
        }
        units.add(new TextUnit(CODE_FENCE + "\n" + body + "\n" + CODE_FENCE, units.size(), TextUnit.Kind.CODE, groups++,
                Set.of(), LanguageVariants.ofFence(fence)));
    }

    /** Also a link whose text wraps onto the next line ("[maximum\nsize](./Server.md#body-limit)"), once joined. */
    private static String withLinksAsText(String text) {
        return LINK.matcher(text).replaceAll("$1");
    }

    private static String withoutInlineHtml(String line) {
        return line.indexOf('<') < 0 ? line : FencedCode.outsideInlineCode(line, TextUnits::withoutTags);
    }

    private static String withoutTags(String text) {
        String bare = INLINE_HTML.matcher(text).replaceAll(tag -> tag.group().regionMatches(true, 0, "<br", 0, 3) ? " " : "");
        return bare.equals(text) ? text : DOUBLE_SPACE.matcher(bare).replaceAll(" ");
    }

    private void tableRow(String row) {
        if (TABLE_SEPARATOR.matcher(row).matches()) {
            return;
        }
        List<String> cells = cells(row);
        if (tableHeader == null) {
            tableHeader = cells;
            return;
        }
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            if (!spelled.isEmpty()) {
                // A cell that ends in a colon labels the next: Apache's "Description: | Maximum number of connections".
                spelled.append(spelled.charAt(spelled.length() - 1) == ':' ? " " : "; ");
            }
            String header = i < tableHeader.size() ? tableHeader.get(i) : "";
            spelled.append(header.isEmpty() ? "" : header + ": ").append(cells.get(i));
        }
        add(spelled.toString(), TextUnit.Kind.TABLE_ROW, group);
    }

    /** Opens a new list or table unless the line continues the one already open. */
    private void startGroup(boolean continuesOpenGroup) {
        endParagraph();
        if (group < 0 || !continuesOpenGroup) {
            group = groups++;
        }
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        return Arrays.stream(inner.split("\\|", -1)).map(cell -> CELL_PADDING.matcher(cell).replaceAll("")).toList();
    }

    private boolean lastIsItemOf(int openGroup) {
        return !units.isEmpty() && units.getLast().kind() == TextUnit.Kind.LIST_ITEM && units.getLast().group() == openGroup;
    }

    private void appendToLastItem(String continuation) {
        TextUnit last = units.removeLast();
        String text = withLinksAsText(last.text() + " " + continuation);
        units.add(new TextUnit(text, last.position(), last.kind(), last.group(), EnglishTerms.of(text), Optional.empty()));
    }

    private void endBlock() {
        endParagraph();
        tableHeader = null;
        group = -1;
    }

    private void endParagraph() {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = withLinksAsText(paragraph.toString());
        paragraph.setLength(0);
        if (isAnnounced(text)) {
            add(text, TextUnit.Kind.SENTENCE, groups++);
            announcement = -1;
            return;
        }
        for (String sentence : Sentences.of(text)) {
            add(sentence.strip(), TextUnit.Kind.SENTENCE, -1);
        }
        boolean endsInColon = !units.isEmpty() && units.getLast().kind() == TextUnit.Kind.SENTENCE
                && units.getLast().text().endsWith(":");
        announcement = endsInColon ? units.size() - 1 : -1;
    }

    /**
     * A short paragraph right after a sentence that ends with a colon is what that sentence announces
     * - "... locks the account and shows:" then the message, "Too many sign-in attempts. Try again in
     * 30 minutes." - and is one unit, in a group of its own, so that neither is quoted without the
     * other and the message is not cut after its first sentence. A paragraph that itself ends with a
     * colon announces something of its own.
     */
    private boolean isAnnounced(String text) {
        return announcement >= 0 && announcement == units.size() - 1 && text.length() <= MAX_ANNOUNCED_PARAGRAPH_CHARS
                && !text.endsWith(":");
    }

    private void add(String text, TextUnit.Kind kind, int groupId) {
        if (text.length() >= MIN_CHARS) {
            units.add(unit(text, kind, groupId));
        }
    }

    private TextUnit unit(String text, TextUnit.Kind kind, int groupId) {
        return new TextUnit(text, units.size(), kind, groupId, EnglishTerms.of(text), Optional.empty());
    }

    /**
     * Markdown numbers an ordered list's items itself, so docs often write every step as "1." and
     * let the site count; quoted as written, a procedure read "1. 1. 1. 1." in chat. A list whose
     * items all carry one number is numbered as the site shows it, counting up from that number.
     * Lists numbered by hand, and lists with bullets among their steps, stay as written.
     */
    private void numberStepsAsRendered() {
        units.stream().filter(unit -> unit.kind() == TextUnit.Kind.LIST_ITEM).map(TextUnit::group).distinct().toList()
                .forEach(this::numberAsRendered);
    }

    private void numberAsRendered(int listGroup) {
        List<TextUnit> items = units.stream().filter(unit -> unit.group() == listGroup).toList();
        List<String> numbers = items.stream().map(item -> ITEM_NUMBER.matcher(item.text()))
                .map(number -> number.find() ? number.group(1) : "").toList();
        if (items.size() < 2 || numbers.contains("") || numbers.stream().distinct().count() > 1) {
            return;
        }
        int first = Integer.parseInt(numbers.getFirst());
        for (int i = 1; i < items.size(); i++) {
            TextUnit item = items.get(i);
            String text = ITEM_NUMBER.matcher(item.text()).replaceFirst(Integer.toString(first + i));
            units.set(item.position(), new TextUnit(text, item.position(), item.kind(), item.group(), item.terms(), item.language()));
        }
    }

    /**
     * A list item too short to say anything ("* Yes") is no unit; it is read all the same, since its
     * description may follow on the lines below ("* add:" and then what adding does), and without it
     * that description had joined the sentence before the list.
     */
    private void dropShortUnits() {
        List<TextUnit> kept = new ArrayList<>(units.size());
        for (TextUnit unit : units) {
            if (unit.kind() != TextUnit.Kind.LIST_ITEM || unit.text().length() >= MIN_CHARS) {
                kept.add(new TextUnit(unit.text(), kept.size(), unit.kind(), unit.group(), unit.terms(), unit.language()));
            }
        }
        units.clear();
        units.addAll(kept);
    }
}
