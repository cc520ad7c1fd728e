package dev.docent.core.retrieval;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
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

    private static final String ITEM = "[-*]\\s+\\[[ xX]]\\s.*?(?=\\s+[-*]\\s+\\[[ xX]]\\s|\\s+#{1,6}\\s|\\n|$)";
    /**
     * A checklist: items in a row, each up to the next item, the next heading or the line's end. One
     * item inside a sentence ("I write - [ ] in the page") is the asker's words, not a form's.
     */
    private static final Pattern CHECKLIST = Pattern.compile(
            "(?<![^\\s])" + ITEM + "(?:\\s+" + ITEM + ")*", Pattern.MULTILINE);
    private static final Pattern ITEM_START = Pattern.compile("[-*]\\s+\\[[ xX]]\\s");
    /** What stands before a form's first item: the start of its line, or the heading it follows. */
    private static final Pattern LINE_START_BEFORE = Pattern.compile("(?:^|\\n)[ \\t]*$|#{1,6}\\s+[^#\\n]{1,40}$");
    /** A field for the environment: its heading names a version, the operating system or the platform, and a short value follows. */
    private static final Pattern ENVIRONMENT_FIELD = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+[^#\\n]{0,40}?\\b(?:versions?|operating systems?|os|platforms?|browsers?)\\b[^#\\n]{0,60}?(?=\\s+#{1,6}\\s|\\n|$)"
                    + "(?:[ \\t]*\\n[ \\t]*[^#\\s][^#\\n]{0,39}(?=\\n|$))?",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /** A heading of a few words with nothing under it before the next heading or the end. */
    private static final Pattern EMPTY_SECTION = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+(?:[\\p{L}'-]+[ \\t]+){0,3}[\\p{L}'-]+\\s*(?=#{1,6}\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private IssueFormFields() {
    }

    /** A checklist of two items or more, or one that opens a line or follows a heading ("### Prerequisites - [x] ..."). */
    private static boolean belongsToAForm(String text, MatchResult list) {
        return ITEM_START.matcher(list.group()).results().count() > 1
                || LINE_START_BEFORE.matcher(text.substring(Math.max(0, list.start() - 50), list.start())).find();
    }

    /** The text without the form's checklist and environment fields. */
    public static String leftOut(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        String withoutChecklist = CHECKLIST.matcher(text)
                .replaceAll(list -> belongsToAForm(text, list) ? "" : Matcher.quoteReplacement(list.group()));
        String withoutFields = ENVIRONMENT_FIELD.matcher(withoutChecklist).replaceAll("");
        String withoutEmptySections = EMPTY_SECTION.matcher(withoutFields).replaceAll("");
        return withoutEmptySections.equals(text) ? text : SPACES.matcher(withoutEmptySections).replaceAll(" ").strip();
    }
}
