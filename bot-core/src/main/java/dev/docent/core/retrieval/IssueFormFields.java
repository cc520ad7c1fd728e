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
 * a heading they leave with nothing under it ("### Prerequisites", or one GitHub filled with "_No
 * response_"). Flattened onto one line, as an issue's excerpt is, a form reads the same. The answer
 * is chosen, like the pages, by what is left.
 *
 * <p>A form that reports the environment as one section - Nuxt's "### Environment" with `nuxi info`'s
 * list ("- User Config: `modules`, `ssr`, `runtimeConfig`, `vite`"), Astro's "### Astro Info" block,
 * Vite's "### System Info" from `envinfo` - puts it first, above the description, and names a dozen
 * settings and modules the report is not about; searched, they drew the pages about them. On its lines,
 * such a section is left out up to the next heading or the first sentence the reporter wrote under it.
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
     * A field for the environment: its heading names a version, the operating system, the platform, the
     * browser or the package manager, or asks what the reporter is using ("Are you using an SSR adapter? If
     * so, which one?"), and a short value follows, on its line or under it.
     */
    private static final Pattern ENVIRONMENT_FIELD = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+[^#\\n]{0,40}?\\b(?:versions?|operating systems?|os|platforms?|browsers?|package managers?"
                    + "|(?:are|were) you using|do you use)\\b"
                    + "[^#\\n]{0,60}?(?=\\s{1,4}#{1,6}\\s|\\n|$)"
                    + "(?:(?:[ \\t]*\\n){1,2}[ \\t]*[^#\\s][^#\\n]{0,39}(?=\\n|$))?",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /** A heading of a few words with nothing under it before the next heading or the end. */
    private static final Pattern EMPTY_SECTION = Pattern.compile(
            "(?<![^\\s])#{1,6}[ \\t]+(?:[\\p{L}'-]+[ \\t]+){0,3}[\\p{L}'-]+\\s*(?=#{1,6}\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    /** What GitHub writes under an issue form's field the reporter left empty. */
    private static final Pattern NO_RESPONSE = Pattern.compile("(?<![^\\s])_No response_(?![^\\s])");
    /**
     * A heading that files the environment: "### Environment", "### System Info", "### Astro Info", "## Versions",
     * the versions of a few things named ("### Python, Pydantic & OS Version", over `version_info()`'s report), or
     * the form's request for it (Next.js' "### Provide environment information", over `next info`'s report).
     */
    private static final Pattern ENVIRONMENT_HEADING = Pattern.compile(
            "[ \\t]*#{1,6}[ \\t]+(?:(?:provide|describe)[ \\t]+)?(?:your[ \\t]+|the[ \\t]+)?(?:environments?|env"
                    + "|environment[ \\t]+(?:info(?:rmation)?|details)|system[ \\t]+info(?:rmation)?|versions?|debug[ \\t]+info"
                    + "|[\\w.-]+[ \\t]+info|(?:[\\w.-]+(?:[ \\t]*(?:,|&|/|\\band\\b)[ \\t]*|[ \\t]+)){1,3}versions?)[ \\t]*:?[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("[ \\t]*#{1,6}[ \\t].*");
    private static final Pattern FENCE = Pattern.compile("[ \\t]*(?:`{3,}|~{3,}).*");
    /**
     * A line of an environment report: a blank or a separator, a field named in a few words ("- Node Version:
     * `v16.13.0`", "Nuxt project info:"), a short list item, or a short line with a version in it that ends no
     * sentence ("nuxt rc6").
     */
    private static final Pattern ENVIRONMENT_LINE = Pattern.compile(
            "[ \\t]*(?:[-=_*]{3,}|(?:[-*+][ \\t]+)?`?[\\w.()/@-]+(?:[ \\t][\\w.()/@-]+){0,3}`?[ \\t]*:(?:[ \\t].{0,300})?"
                    + "|[-*+][ \\t]+.{0,60}|(?=.*\\d).{1,60}(?<![.?!])|)[ \\t]*");

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

    /**
     * The text without its environment reports: under an environment heading, fields, separators, short lines and
     * fenced blocks, up to the next heading or the first line that is none of those.
     */
    private static String withoutEnvironmentReports(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        List<String> lines = text.lines().toList();
        StringBuilder kept = new StringBuilder(text.length());
        boolean removed = false;
        boolean inReport = false;
        boolean inFence = false;
        for (String line : lines) {
            if (inReport) {
                boolean fence = FENCE.matcher(line).matches();
                if (fence || inFence || !HEADING.matcher(line).matches() && ENVIRONMENT_LINE.matcher(line).matches()) {
                    inFence ^= fence;
                    continue;
                }
                inReport = false;
                inFence = false;
            }
            if (ENVIRONMENT_HEADING.matcher(line).matches()) {
                inReport = true;
                removed = true;
                continue;
            }
            kept.append(line).append('\n');
        }
        return removed ? kept.toString().strip() : text;
    }

    /** The text without the form's checklist and environment fields. */
    public static String leftOut(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        String withoutFields = ENVIRONMENT_FIELD.matcher(withoutChecklists(withoutEnvironmentReports(text))).replaceAll("");
        withoutFields = NO_RESPONSE.matcher(withoutFields).replaceAll("");
        String withoutEmptySections = EMPTY_SECTION.matcher(withoutFields).replaceAll("");
        return withoutEmptySections.equals(text) ? text : SPACES.matcher(withoutEmptySections).replaceAll(" ").strip();
    }
}
