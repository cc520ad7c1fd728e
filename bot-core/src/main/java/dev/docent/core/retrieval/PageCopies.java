package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Of the copies of a page that retrieval found - one per release, one per translation - one stays,
 * in the place of the best-ranked copy; the other pages keep their order. What makes a copy and
 * which one stays is the caller's ({@link VersionVariants}, {@link TranslationVariants}).
 */
final class PageCopies {

    private PageCopies() {
    }

    /**
     * @param read   a candidate as a copy: the page it is a copy of, and what the choice needs to know
     * @param pageOf the page a copy is a copy of
     * @param choose the copy that stays, of a page's copies in rank order
     */
    static <C> List<CandidatePage> oneEach(List<CandidatePage> ranked, Function<CandidatePage, C> read,
                                           Function<C, String> pageOf, Function<List<C>, CandidatePage> choose) {
        Map<String, List<C>> copiesByPage = new LinkedHashMap<>();
        for (CandidatePage candidate : ranked) {
            C copy = read.apply(candidate);
            copiesByPage.computeIfAbsent(pageOf.apply(copy), k -> new ArrayList<>()).add(copy);
        }
        if (copiesByPage.size() == ranked.size()) {
            return ranked;
        }
        return copiesByPage.values().stream().map(choose).toList();
    }
}
