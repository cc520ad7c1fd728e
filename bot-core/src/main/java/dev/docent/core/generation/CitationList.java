package dev.docent.core.generation;

import dev.docent.core.answer.Citation;
import dev.docent.core.index.IndexedPassage;
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

    private static final int SNIPPET_CHARS = 240;

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Citation> citations = new ArrayList<>();

    int cite(RankedPassage ranked, String quoted) {
        Integer existing = numbers.get(ranked.id());
        if (existing != null) {
            return existing;
        }
        int number = citations.size() + 1;
        numbers.put(ranked.id(), number);
        IndexedPassage p = ranked.passage();
        citations.add(new Citation(number, p.title(), p.section(), p.url(), p.knowledgeBase(), snippet(quoted)));
        return number;
    }

    List<Citation> citations() {
        return List.copyOf(citations);
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_CHARS - 1);
        return flat.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS - 1) + "…";
    }
}
