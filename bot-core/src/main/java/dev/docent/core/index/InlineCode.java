package dev.docent.core.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's inline code spans, as CommonMark reads and writes them: a run of backticks opens a span
 * and only a run of the same length closes it. Code that holds a backtick - reStructuredText's
 * {@code :py:class:`zipfile.ZipFile`} in Sphinx's own docs, a JavaScript template literal - is
 * written between longer runs ({@code `` :py:class:`zipfile.ZipFile` ``}), or its span would end at
 * its first backtick.
 */
public final class InlineCode {

    /** One whole span: a run of backticks, the code, and a run of the same length. */
    public static final Pattern SPAN = Pattern.compile("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)", Pattern.DOTALL);
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private InlineCode() {
    }

    /** The code as one span: between single backticks, or between a run longer than any it holds. */
    public static String of(String code) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(code);
        while (run.find()) {
            longest = Math.max(longest, run.end() - run.start());
        }
        if (longest == 0) {
            return "`" + code + "`";
        }
        String fence = "`".repeat(longest + 1);
        // CommonMark strips one space on each side, so code that starts or ends with a backtick keeps it apart from the fence.
        boolean padded = code.startsWith("`") || code.endsWith("`");
        return padded ? fence + " " + code + " " + fence : fence + code + fence;
    }

    /** Whether the text leaves a span open: a backtick outside every whole span. */
    public static boolean leavesOpen(CharSequence text) {
        return SPAN.matcher(text).replaceAll("").indexOf('`') >= 0;
    }
}
