package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading anchors ("Retries and backoff" -> "retries-and-backoff", repeats get "-1",
 * "-2"), the scheme most documentation sites use, so that a citation can link to its section.
 */
final class HeadingAnchors {

    private final Map<String, Integer> seen = new HashMap<>();

    String next(String heading) {
        String slug = heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .strip()
                .replaceAll("\\s", "-");
        int count = seen.merge(slug, 1, Integer::sum);
        return count == 1 ? slug : slug + "-" + (count - 1);
    }
}
