package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a man page's parts as Markdown as they go by: its NAME as the title, sections as headings, the tag of a
 * tagged paragraph (an option, a command, a variable) as a heading one level under its section with the paragraphs
 * it tags as its body, list items, and code blocks. A tag followed at once by another at the same depth names the
 * same thing ({@code -v}, {@code --verbose}) and they share one heading; a tag that tags nothing is a line of text.
 * When the page leaves a tagged paragraph and goes on in the section around it, that section's heading is written
 * again so that its text is not read as the last option's. Text that Markdown would read as markup is escaped.
 */
final class ManPageMarkdown {

    /** An open heading; {@code depth} is the indentation of a tag's paragraph, -1 for a section's heading. */
    private record Heading(int level, String text, int depth) {
    }

    private static final int MAX_LEVEL = 6;
    /**
     * A line that names something, as a term that a description follows does: a few words, or words with the marks
     * of options, settings and placeholders ({@code -a, --all}, {@code User=}, {@code core.editor}, {@code <commit>}),
     * not a sentence ("An OR list has the form", then the form indented).
     */
    private static final Pattern TERM = Pattern.compile("(?=.*[-=<>\\[._/$@:]|\\S+(?:\\s+\\S+){0,3}$).{1,100}(?<![.:;,!?])");
    /**
     * The start of a line that Markdown reads as a heading, quote, HTML, table, link definition, list, rule or fence,
     * or that a site generator's markup cleaner reads as a container ({@code :::}, {@code !!!}).
     */
    private static final Pattern MARKUP_START = Pattern.compile(
            "^(?:[#>|<]|\\[[^\\]]*]:|[-+*](?=[ \\t]|$)|(?=[-*_=][-*_= \\t]*$)|```|~~~|([:!?/])\\1\\1)");
    /**
     * What the cleaner of site generators' markup that the Markdown parser runs first would take for a template tag or
     * expression ({@code {% x %}}, <code>{{ x }}</code>, {@code {# x #}}), an HTML comment or a Pandoc note ({@code ^[x]}):
     * a backslash between its characters keeps the text.
     */
    private static final Pattern SITE_MARKUP = Pattern.compile("(?<=\\{)(?=[%{]|#[\\s-])|(?<=<)(?=!--)|(?<=\\^)(?=\\[)");
    /** Marks and keys that the same cleaner reads as Pymdown's ({@code ==x==}, {@code ^^x^^}, {@code ++ctrl+c++}): their opening. */
    private static final Pattern PYMDOWN_OPENING = Pattern.compile(
            "(?<![=^])([=^])(?=\\1[^\\s=^](?:[^=^\\n]*[^\\s=^])?\\1\\1(?![=^]))|(\\+)(?=\\+[\\w-]+(?:\\+[\\w-]+)*\\+\\+)");
    private static final Pattern NUMBERED_START = Pattern.compile("^\\d{1,9}(?=[.)](?:[ \\t]|$))");
    private static final Pattern HEADING_MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>#&]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private final StringBuilder page = new StringBuilder();
    private final StringBuilder name = new StringBuilder();
    private final Deque<Heading> open = new ArrayDeque<>();
    private final List<String> lines = new ArrayList<>();
    private boolean inName;
    private boolean code;
    private boolean joinNext;
    private boolean reopen;
    private boolean termMayFollow;
    private String marker;
    private String tag;
    private int tagDepth;
    private Consumer<String> nextLine;

    /** {@code .SH}, {@code .SS}: NAME is the title, not a section. */
    void section(int level, String text) {
        endTag();
        code = false;
        reopen = false;
        marker = null;
        nextLine = null;
        termMayFollow = false;
        String heading = collapse(text);
        inName = level == 2 && heading.equalsIgnoreCase("NAME");
        while (!open.isEmpty() && (open.peek().depth() >= 0 || open.peek().level() >= level)) {
            open.pop();
        }
        if (!inName && !heading.isEmpty()) {
            Heading section = new Heading(level, heading, -1);
            writeHeading(section);
            open.push(section);
        }
    }

    /** {@code .SH} without a heading: the next line is the heading. */
    void sectionNext(int level) {
        endBlock();
        nextLine = line -> section(level, line);
    }

    /** {@code .TP}, {@code .TQ}: the next line is a tag. */
    void tagNext(int depth) {
        endBlock();
        nextLine = line -> tag(line, depth);
    }

    /** A tagged paragraph's tag at an indentation depth: closes the paragraphs tagged at that depth or deeper. */
    void tag(String text, int depth) {
        endBlock();
        String shown = collapse(text);
        if (shown.isEmpty()) {
            return;
        }
        if (tag != null && tagDepth == depth) {
            tag = tag + ", " + shown;
            return;
        }
        if (tag != null && tagDepth < depth) {
            writeTag();
        }
        endTag();
        while (!open.isEmpty() && open.peek().depth() >= depth) {
            open.pop();
        }
        reopen = false;
        tag = shown;
        tagDepth = depth;
    }

    /** A bullet or number: the next paragraph is a list item. */
    void listItem(String itemMarker) {
        endBlock();
        marker = itemMarker;
    }

    void text(String line) {
        if (nextLine != null) {
            Consumer<String> target = nextLine;
            nextLine = null;
            target.accept(line);
        } else if (inName) {
            name.append(' ').append(line);
        } else if (joinNext && tag != null) {
            tag = tag + collapse(line);
        } else if (code || !line.isBlank()) {
            writeTag();
            if (joinNext && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + line);
            } else {
                lines.add(code ? line : line.stripLeading());
            }
        }
        joinNext = false;
    }

    /** {@code \c}: the next line goes on this one without a space. */
    void joinNext() {
        joinNext = true;
    }

    /** A blank line, {@code .sp}, {@code .Pp}: ends a paragraph, or is a blank line of code. */
    void paragraph() {
        inName &= name.isEmpty();
        if (code) {
            lines.add("");
        } else {
            endBlock();
        }
        termMayFollow = false;
    }

    /**
     * {@code .PP}: a paragraph at the page's indentation {@code depth}, which leaves the tagged paragraphs there.
     * A one-line paragraph that an indented one follows is a term and its description (DocBook's way of writing
     * an option: {@code .PP}, {@code \-a, \-\-all}, {@code .RS 4}), see {@link #indent}.
     */
    void startParagraph(int depth) {
        leave(depth);
        paragraph();
        termMayFollow = true;
    }

    /** {@code .RS}: what follows is indented under the paragraph before, which may be a term. */
    void indent(int depth) {
        boolean term = termMayFollow && !code && marker == null && lines.size() == 1 && TERM.matcher(lines.getFirst()).matches();
        if (term) {
            String line = lines.removeFirst();
            tag(line, depth);
        } else {
            endBlock();
        }
        termMayFollow = false;
    }

    /** {@code .RE}, {@code .El}: the tagged paragraphs at {@code depth} and deeper end. */
    void leave(int depth) {
        endBlock();
        if (tag != null && tagDepth >= depth) {
            endTag();
        }
        boolean left = false;
        while (!open.isEmpty() && open.peek().depth() >= depth) {
            open.pop();
            left = true;
        }
        reopen |= left;
    }

    /** {@code .nf}, {@code .fi}: lines as they are, or filled. */
    void code(boolean on) {
        if (on != code) {
            endBlock();
            code = on;
        }
        termMayFollow = false;
    }

    /** One line of code ({@code .Dl}), in a block of its own unless inside one. */
    void codeLine(String line) {
        boolean wasCode = code;
        code(true);
        text(line);
        code(wasCode);
    }

    /** A block already in Markdown (a table). */
    void block(String markdown) {
        if (!markdown.isBlank()) {
            writeTag();
            endBlock();
            reopenSection();
            page.append(markdown.strip().lines().map(ManPageMarkdown::keptFromSiteMarkup).collect(Collectors.joining("\n"))).append("\n\n");
        }
    }

    /** The page in Markdown, titled by its NAME, else by {@code fallbackTitle} when there is one. */
    String markdown(String fallbackTitle) {
        endTag();
        endBlock();
        String title = collapse(name.toString());
        title = title.isEmpty() ? fallbackTitle : title;
        return title == null || title.isBlank() ? page.toString() : "# " + escapeHeading(title) + "\n\n" + page;
    }

    /** Before the first text a tag describes: the tag is its heading. */
    private void writeTag() {
        if (tag == null) {
            return;
        }
        endBlock();
        Heading heading = new Heading(Math.min(MAX_LEVEL, (open.isEmpty() ? 1 : open.peek().level()) + 1), tag, tagDepth);
        writeHeading(heading);
        open.push(heading);
        tag = null;
        reopen = false;
    }

    /** A tag that tags nothing is a line of text. */
    private void endTag() {
        endBlock();
        if (tag != null) {
            lines.add(tag);
            tag = null;
            endBlock();
        }
    }

    private void writeHeading(Heading heading) {
        page.append("#".repeat(heading.level())).append(' ').append(escapeHeading(heading.text())).append("\n\n");
    }

    /** After a tagged paragraph, the heading of what the page goes on in is written again before its next text. */
    private void reopenSection() {
        if (reopen && !open.isEmpty()) {
            writeHeading(open.peek());
        }
        reopen = false;
    }

    private void endBlock() {
        if (lines.isEmpty()) {
            return;
        }
        reopenSection();
        if (code) {
            writeCode();
        } else {
            String paragraph = String.join("\n", lines).strip();
            if (!paragraph.isEmpty()) {
                String escaped = paragraph.lines().map(line -> escapeLine(line.strip())).collect(Collectors.joining("\n"));
                page.append(marker == null ? "" : marker).append(escaped).append("\n\n");
            }
            marker = null;
        }
        lines.clear();
        joinNext = false;
    }

    private void writeCode() {
        int first = 0;
        int last = lines.size();
        while (first < last && lines.get(first).isBlank()) {
            first++;
        }
        while (last > first && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (first == last) {
            return;
        }
        List<String> body = lines.subList(first, last);
        int longestTicks = 0;
        for (String line : body) {
            Matcher ticks = BACKTICKS.matcher(line);
            while (ticks.find()) {
                longestTicks = Math.max(longestTicks, ticks.group().length());
            }
        }
        String fence = "`".repeat(Math.max(3, longestTicks + 1));
        page.append(fence).append('\n').append(String.join("\n", body).stripIndent()).append('\n').append(fence).append("\n\n");
    }

    private static String escapeLine(String line) {
        String kept = keptFromSiteMarkup(line);
        Matcher number = NUMBERED_START.matcher(kept);
        if (number.lookingAt()) {
            return number.group() + "\\" + kept.substring(number.end());
        }
        return MARKUP_START.matcher(kept).lookingAt() ? "\\" + kept : kept;
    }

    private static String escapeHeading(String text) {
        return keptFromSiteMarkup(HEADING_MARKUP.matcher(collapse(text)).replaceAll("\\\\$0"));
    }

    /** Text with a backslash where the markup cleaner would otherwise take some of it for a site generator's markup. */
    private static String keptFromSiteMarkup(String text) {
        String broken = SITE_MARKUP.matcher(text).replaceAll("\\\\");
        return PYMDOWN_OPENING.matcher(broken).replaceAll(opening -> Matcher.quoteReplacement(opening.group() + "\\"));
    }

    private static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
