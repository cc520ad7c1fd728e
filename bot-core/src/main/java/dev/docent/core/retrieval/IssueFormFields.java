package dev.docent.core.retrieval;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An issue form puts the same lines in every report: a checklist the reporter ticks ("- [x] I have
 * searched existing issues to ensure the bug has not already been reported") and fields for the
 * environment ("### Node.js version 20.17.0", "### Operating system macOS"). They say nothing about
 * what the report is about, yet their words - issue, bug, reported, version, operating system - were
 * searched like the rest, and in a report cut to its first lines they were most of what there was.
 * The checklist's items and the environment's fields are left out of what is searched, and so is
 * a heading they leave with nothing under it ("### Prerequisites"). Flattened onto one line, as an
 * issue's excerpt is, a form reads the same. The answer is chosen, like the pages, by what is left.
 */
public final class IssueFormFields {

    /**
     * A checklist item, up to the next item, the next heading or the line's end. The spaces between
     * are counted, not run to their end: from every character of a long run of them, that was a
     * quadratic scan (five seconds for 20,000 spaces).
     */
    private static final Pattern ITEM = Pattern.compile(
            "(?<![^\\s])[-*]\\s{1,4}\\[[ xX]]\\s.*?(?=\\s{1,4}[-*]\\s{1,4}\\[[ xX]]\\s|\\s{1,4}#{1,6}\\s|\\n|$)", Pattern.MULTILINE);
    /** What stands before a form's first item: the start of its line, or the heading it follows. */
    private static final Pattern LINE_START_BEFORE = Pattern.compile("(?:^|\\n)[ \\t]*$|#{1,6}\\s+[^#\\n]{1,40}$");
    /**
     * A field for the environment: its heading names a version, the operating system, the platform or
     * the browser, and a short value follows, on its line or the next.
     */
    private static final Pattern ENVIRONMENT_FIELD = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+[^#\\n]{0,40}?\\b(?:versions?|operating systems?|os|platforms?|browsers?)\\b"
                    + "[^#\\n]{0,60}?(?=\\s{1,4}#{1,6}\\s|\\n|$)"
                    + "(?:[ \\t]*\\n[ \\t]*[^#\\s][^#\\n]{0,39}(?=\\n|$))?",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /** A heading of a few words with nothing under it before the next heading or the end. */
    private static final Pattern EMPTY_SECTION = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+(?:[\\p{L}'-]+[ \\t]+){0,3}[\\p{L}'-]+\\s*(?=#{1,6}\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private IssueFormFields() {
    }

    /**
     * The text without its checklists: items in a row, or one that opens a line or follows a heading
     * ("### Prerequisites - [x] ..."). One item inside a sentence ("I write - [ ] in the page") is the
     * asker's words, not a form's. Items are found one at a time: a pattern for a row of them recursed
     * once per item and overflowed the stack on a long paste.
     */
    private static String withoutChecklists(String text) {
        List<MatchResult> items = ITEM.matcher(text).results().toList();
        if (items.isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < items.size(); i++) {
            MatchResult item = items.get(i);
            boolean inARow = i > 0 && text.substring(items.get(i - 1).end(), item.start()).isBlank()
                    || i + 1 < items.size() && text.substring(item.end(), items.get(i + 1).start()).isBlank();
            if (inARow || LINE_START_BEFORE.matcher(text.substring(Math.max(0, item.start() - 50), item.start())).find()) {
                kept.append(text, from, item.start());
                from = item.end();
            }
        }
        return kept.append(text, from, text.length()).toString();
    }

    /** The text without the form's checklist and environment fields. */
    public static String leftOut(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        String withoutFields = ENVIRONMENT_FIELD.matcher(withoutChecklists(text)).replaceAll("");
        String withoutEmptySections = EMPTY_SECTION.matcher(withoutFields).replaceAll("");
        return withoutEmptySections.equals(text) ? text : SPACES.matcher(withoutEmptySections).replaceAll(" ").strip();
    }
}
