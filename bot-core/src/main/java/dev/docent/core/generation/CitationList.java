package dev.docent.core.generation;

import dev.docent.core.retrieval.RankedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out citation numbers in the order passages are first cited, so that [1] is always the
 * first source mentioned and the source list matches the text exactly.
 */
final class CitationList {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<RankedPassage> sources = new ArrayList<>();

    int cite(RankedPassage ranked) {
        return numbers.computeIfAbsent(ranked.id(), id -> {
            sources.add(ranked);
            return sources.size();
        });
    }

    List<RankedPassage> sources() {
        return List.copyOf(sources);
    }
}
