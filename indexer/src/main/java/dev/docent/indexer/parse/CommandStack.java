package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiFunction;

/**
 * The commands and brace groups a one-pass inline reader (Texinfo's, LaTeX's) has open, innermost first. A
 * command or group that closes writes what it shows into the one around it. Nesting past {@link #MAX_DEPTH}
 * reads as plain text: a parent copies its children's text, and that must stay linear.
 */
final class CommandStack {

    static final int MAX_DEPTH = 48;

    private final Deque<CommandFrame> open = new ArrayDeque<>();
    /** What a closed command shows, given whether the text around it is code. */
    private final BiFunction<CommandFrame, Boolean, String> shown;
    /** Braces opened past the depth limit, read as plain ones: their closers close nothing. */
    private int flattened;

    CommandStack(boolean code, BiFunction<CommandFrame, Boolean, String> shown) {
        this.shown = shown;
        open.push(new CommandFrame("", code, false));
    }

    CommandFrame top() {
        return open.peek();
    }

    /** Whether a command or group opened now would be read as one, not as plain text. */
    boolean hasRoom() {
        return open.size() < MAX_DEPTH;
    }

    void push(CommandFrame command) {
        open.push(command);
    }

    /** A plain brace group opens: in code if the text around it is. */
    void openGroup() {
        if (hasRoom()) {
            open.push(new CommandFrame("", top().code, false));
        } else {
            flattened++;
        }
    }

    /** Whether the next closing brace closes one opened past the depth limit. */
    boolean closesFlattened() {
        return flattened > 0;
    }

    /** A closing brace: it closes the innermost command or group, or one opened past the limit, or nothing at the top. */
    void closeGroup() {
        if (flattened > 0) {
            flattened--;
        } else if (open.size() > 1) {
            CommandFrame frame = open.pop();
            CommandFrame parent = open.peek();
            parent.text.append(shown.apply(frame, parent.code));
        }
    }

    /** Whether a command or group is open inside the text. */
    boolean isNested() {
        return open.size() > 1;
    }

    /** The text, with what the text leaves open closed where it ends. */
    String finish() {
        flattened = 0;
        while (open.size() > 1) {
            closeGroup();
        }
        return open.pop().text.toString();
    }
}
