package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * markdown-include's {@code {!../../../docs_src/x.py!}} shows the file it names, and that file lies
 * outside the docs (FastAPI's, Typer's and SQLModel's example sources); so may mdBook's
 * {@code {{#rustdoc_include ../listings/ch02/src/main.rs:here}}} (the Rust book's listings beside its
 * {@code src/}), where the index did not put the file in its place. Such a line goes, and so does a
 * fenced block that holds nothing but such lines: read as code, answers had quoted the directive as the
 * example.
 */
final class MarkdownIncludes {

    private static final Pattern INCLUDE = Pattern.compile(
            "^\\s*(?:\\{!\\s*[^!\\s][^!]*!}|\\{\\{#(?:include|rustdoc_include|playground)\\s+[^}\\n]+}})\\s*$");

    private MarkdownIncludes() {
    }

    static List<String> removed(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (!fences.isCode(line)) {
                if (!INCLUDE.matcher(line).matches()) {
                    out.add(line);
                }
                continue;
            }
            block.add(line);
            if (!fences.isOpen()) {
                if (!includesOnly(block)) {
                    out.addAll(block);
                }
                block.clear();
            }
        }
        out.addAll(block);
        return out;
    }

    /** Whether the block's body, between its opening and closing lines, is one or more includes. */
    private static boolean includesOnly(List<String> block) {
        List<String> body = block.subList(1, block.size() - 1).stream().filter(line -> !line.isBlank()).toList();
        return !body.isEmpty() && body.stream().allMatch(line -> INCLUDE.matcher(line).matches());
    }
}
