package dev.docent.core.generation;

import dev.docent.core.index.InlineCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * An answer's prose apart from its code, fenced blocks and inline spans: what looks like a citation
 * marker inside code ({@code args[1]}, {@code `stdio[0]`}) is code, and must reach the reader exactly
 * as the documentation has it.
 */
final class FencedCode {

    private FencedCode() {
    }

    static boolean isFence(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("```") || trimmed.startsWith("~~~");
    }

    /** Applies {@code prose} to each stretch of text outside code, in order; the code stays as it is. */
    static String mapProse(String text, UnaryOperator<String> prose) {
        List<String> parts = new ArrayList<>();
        List<String> stretch = new ArrayList<>();
        boolean inCode = false;
        for (String line : text.split("\\R", -1)) {
            if (isFence(line) || inCode) {
                if (!inCode && !stretch.isEmpty()) {
                    parts.add(outsideInlineCode(String.join("\n", stretch), prose));
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
            parts.add(outsideInlineCode(String.join("\n", stretch), prose));
        }
        return String.join("\n", parts);
    }

    /** Applies {@code prose} to each stretch of one paragraph outside its inline code spans. */
    static String outsideInlineCode(String text, UnaryOperator<String> prose) {
        StringBuilder out = new StringBuilder();
        Matcher code = InlineCode.SPAN.matcher(text);
        int from = 0;
        while (code.find()) {
            out.append(prose.apply(text.substring(from, code.start()))).append(code.group());
            from = code.end();
        }
        return out.append(prose.apply(text.substring(from))).toString();
    }
}
