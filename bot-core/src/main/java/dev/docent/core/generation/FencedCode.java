package dev.docent.core.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An answer's prose apart from its fenced code blocks: what looks like a citation marker inside
 * code ({@code args[1]}) is code, and must reach the reader exactly as the documentation has it.
 */
final class FencedCode {

    private FencedCode() {
    }

    static boolean isFence(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("```") || trimmed.startsWith("~~~");
    }

    /** Applies {@code prose} to each stretch of text between code blocks, in order; the blocks stay as they are. */
    static String mapProse(String text, UnaryOperator<String> prose) {
        List<String> parts = new ArrayList<>();
        List<String> stretch = new ArrayList<>();
        boolean inCode = false;
        for (String line : text.split("\\R", -1)) {
            if (isFence(line) || inCode) {
                if (!inCode && !stretch.isEmpty()) {
                    parts.add(prose.apply(String.join("\n", stretch)));
                    stretch.clear();
                }
                parts.add(line);
                if (isFence(line)) {
                    inCode = !inCode;
                }
            } else {
                stretch.add(line);
            }
        }
        if (!stretch.isEmpty()) {
            parts.add(prose.apply(String.join("\n", stretch)));
        }
        return String.join("\n", parts);
    }
}
