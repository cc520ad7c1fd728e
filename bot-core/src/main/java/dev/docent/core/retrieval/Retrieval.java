package dev.docent.core.retrieval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What hybrid retrieval found: the candidate pages, best first, the top ones with their passages'
 * text; the question as it was searched; its embedding (which the intent classifier reuses rather
 * than embedding the question a second time); and timings.
 */
public record Retrieval(SearchQuery query, List<RankedPage> pages, float[] queryEmbedding, Map<String, Double> timingsMs) {

    public Retrieval {
        pages = List.copyOf(pages);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }

    /** The passages read, page by page in rank order. */
    public List<RankedPassage> passages() {
        return pages.stream().flatMap(p -> p.passages().stream()).toList();
    }
}
