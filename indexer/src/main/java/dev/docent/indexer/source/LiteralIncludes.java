package dev.docent.indexer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sphinx's {@code .. literalinclude:: examples/app.py} (and MyST's {@code ```{literalinclude} examples/app.py})
 * shows the file as a code block, cut by its {@code :lines:}, {@code :start-after:} and {@code :end-before:}
 * options, in its {@code :language:} or the one its name gives; so it is read as that code block. It had
 * been dropped as wiring, and the page's examples with it.
 */
final class LiteralIncludes {

    private LiteralIncludes() {
    }

    /** As reStructuredText's {@code code-block}. */
    static String codeBlock(String code, String target, Map<String, String> options) {
        String body = shown(code, options).lines().map(line -> line.isBlank() ? "" : "   " + line)
                .collect(Collectors.joining("\n"));
        return ".. code-block:: " + language(target, options.get("language")) + "\n\n" + body;
    }

    /** As Markdown's fenced block, for MyST's {@code ```{literalinclude}}. */
    static String fenced(String code, String target, Map<String, String> options) {
        return "```" + language(target, options.get("language")) + "\n" + shown(code, options) + "\n```";
    }

    /**
     * Sphinx cuts a literal include at whole lines: after the line holding {@code :start-after:}'s text and
     * before the one holding {@code :end-before:}'s, where docutils' plain include cuts at the text itself
     * ({@code IncludedFiles#between}).
     */
    private static String shown(String code, Map<String, String> options) {
        String shown = lines(code, options.get("lines"));
        String startAfter = options.get("start-after");
        if (startAfter != null && shown.contains(startAfter)) {
            shown = shown.substring(shown.indexOf(startAfter) + startAfter.length());
            shown = shown.substring(shown.indexOf('\n') + 1);
        }
        String endBefore = options.get("end-before");
        if (endBefore != null && shown.contains(endBefore)) {
            shown = shown.substring(0, shown.lastIndexOf('\n', shown.indexOf(endBefore)) + 1);
        }
        return shown.stripTrailing();
    }

    /** The lines {@code 1-3,7,10-} name, counted from 1; all of them without the option. */
    private static String lines(String code, String ranges) {
        List<String> all = code.lines().toList();
        if (ranges == null || ranges.isBlank()) {
            return String.join("\n", all);
        }
        List<String> kept = new ArrayList<>();
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("-", -1);
            try {
                int from = ends[0].isBlank() ? 1 : Integer.parseInt(ends[0].strip());
                int to = ends.length == 1 ? from : ends[1].isBlank() ? all.size() : Integer.parseInt(ends[1].strip());
                for (int n = Math.max(1, from); n <= Math.min(to, all.size()); n++) {
                    kept.add(all.get(n - 1));
                }
            } catch (NumberFormatException e) {
                return String.join("\n", all);
            }
        }
        return String.join("\n", kept);
    }

    private static String language(String target, String named) {
        return named != null && !named.isBlank() ? named : languageOf(target);
    }

    /** The language a file's name gives: its extension ("py", "ts"), or "text" for a name without one. */
    static String languageOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || path.lastIndexOf('/') > dot ? "text" : path.substring(dot + 1);
    }
}
