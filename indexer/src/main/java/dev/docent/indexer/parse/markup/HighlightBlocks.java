package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code written with a template's highlight block - Jekyll's {@code {% highlight ruby %}} ...
 * {@code {% endhighlight %}}, Hugo's {@code {{< highlight go >}}} ... {@code {{< /highlight >}}} -
 * becomes a fenced block with its language, so it stays code instead of losing its markup with
 * the rest of the template tags. The {@code {% raw %}} tags such a body often needs are dropped.
 */
final class HighlightBlocks {

    private static final Pattern OPEN = Pattern.compile(
            "^\\s*(?:\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%}|\\{\\{[<%]\\s*highlight\\s+([\\w+#.-]+)[^>%]*[>%]}})\\s*$");
    private static final Pattern CLOSE = Pattern.compile(
            "^\\s*(?:\\{%-?\\s*endhighlight\\s*-?%}|\\{\\{[<%]\\s*/highlight\\s*[>%]}})\\s*$");
    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*(?:raw|endraw)\\s*-?%}");

    private HighlightBlocks() {
    }

    static List<String> toFences(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        boolean inBlock = false;
        for (String line : lines) {
            Matcher open;
            if (inBlock) {
                if (CLOSE.matcher(line).matches()) {
                    out.add("```");
                    inBlock = false;
                } else {
                    String code = RAW_TAG.matcher(line).replaceAll("");
                    if (code.equals(line) || !code.isBlank()) {
                        out.add(code);
                    }
                }
            } else if (!fences.isCode(line) && (open = OPEN.matcher(line)).matches()) {
                out.add("```" + (open.group(1) != null ? open.group(1) : open.group(2)));
                inBlock = true;
            } else {
                out.add(line);
            }
        }
        if (inBlock) {
            out.add("```");
        }
        return out;
    }
}
