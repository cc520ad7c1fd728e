package dev.docent.core.retrieval;

import java.util.regex.Pattern;

/**
 * A pasted stack trace is mostly frames - file paths, line numbers, the framework's internals -
 * and a 40-frame trace outweighs the one line that says what went wrong: BM25 matches its paths
 * and method names, and the embedding spends its 512 tokens on them. The first frames of each
 * trace stay (they name the module that threw); the rest are left out of what is searched.
 * Frames of JavaScript ("at fn (file.js:1:2)"), the JVM ("at a.B.c(B.java:12)", "... 12 more"),
 * Python ('File "x.py", line 3, in f' and the source line after it) and Go ("main.go:12 +0x1d")
 * are recognised.
 */
final class StackFrames {

    /** How many frames of each trace stay. */
    static final int KEPT = 2;
    static final String OMITTED = "\u2026";
    private static final Pattern FRAME = Pattern.compile(
            "\\s*at\\s+\\S.*(?:\\(.*:\\d+(?::\\d+)?\\)|:\\d+:\\d+\\)?|\\((?:Native Method|Unknown Source|<anonymous>)\\))\\s*"
                    + "|\\s*\\.\\.\\.\\s*\\d+\\s+more\\s*"
                    + "|\\s*File \".+\", line \\d+(?:, in .+)?\\s*"
                    + "|\\s*\\S+\\.go:\\d+(?:\\s+\\+0x[0-9a-f]+)?\\s*");
    private static final Pattern PYTHON_FRAME = Pattern.compile("\\s*File \".+\", line \\d+.*");

    private StackFrames() {
    }

    /** The text with each trace cut to its first frames, and an ellipsis where the others were. */
    static String trimmed(String text) {
        if (!FRAME.matcher(text).find()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder(text.length());
        int framesInRow = 0;
        boolean omitting = false;
        boolean afterPythonFrame = false;
        for (String line : lines) {
            boolean frame = FRAME.matcher(line).matches();
            // Python prints the frame's source line under it, indented: it belongs to the frame.
            boolean pythonSource = afterPythonFrame && !frame && line.startsWith("    ") && !line.isBlank();
            afterPythonFrame = PYTHON_FRAME.matcher(line).matches();
            if (frame || pythonSource) {
                if (frame) {
                    framesInRow++;
                }
                if (framesInRow > KEPT) {
                    omitting = true;
                    continue;
                }
            } else {
                framesInRow = 0;
                omitting = markOmission(kept, omitting);
            }
            kept.append(line).append('\n');
        }
        markOmission(kept, omitting);
        return kept.toString().strip();
    }

    /** An ellipsis, not words, marks the frames left out: "more lines of the trace" would find the docs' tracing guide. */
    private static boolean markOmission(StringBuilder kept, boolean omitting) {
        if (omitting) {
            kept.append(OMITTED).append('\n');
        }
        return false;
    }
}
