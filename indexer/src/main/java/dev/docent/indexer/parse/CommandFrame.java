package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A command being read by a one-pass inline reader (Texinfo's, LaTeX's): its name - empty for a plain brace
 * group - whether its text is code, the arguments read so far and the text of the current one.
 */
final class CommandFrame {

    final String name;
    final boolean code;
    /** Whether a comma starts its next argument, as in Texinfo's {@code @xref{node, label}}. */
    final boolean multiArgument;
    private final List<String> previous = new ArrayList<>();
    StringBuilder text = new StringBuilder();

    CommandFrame(String name, boolean code, boolean multiArgument) {
        this.name = name;
        this.code = code;
        this.multiArgument = multiArgument;
    }

    void nextArgument() {
        previous.add(text.toString().strip());
        text = new StringBuilder();
    }

    int argumentCount() {
        return previous.size() + 1;
    }

    /** Its arguments, stripped; a plain group's text as written. */
    List<String> arguments() {
        List<String> all = new ArrayList<>(previous);
        all.add(name.isEmpty() ? text.toString() : text.toString().strip());
        return all;
    }
}
