package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rolls fused passages up to the pages they belong to. Documentation answers with pages - the
 * options page, the guide - and a page whose several sections match is a better answer than a
 * stray paragraph of another: the page ranker weighs the best and second-best passage together with
 * how the question names the page.
 */
final class PageRollUp {

    private PageRollUp() {
    }

    /**
     * @param subjectHits the kNN hits of the question's subject (the whole question's when it has none)
     */
    static List<CandidatePage> of(SearchQuery query, List<FusedHit> fused, List<SearchHit> subjectHits) {
        Map<String, List<FusedHit>> byPage = new LinkedHashMap<>();
        double lowestFused = Double.POSITIVE_INFINITY;
        double lowestCloseness = Double.POSITIVE_INFINITY;
        for (FusedHit hit : fused) {
            byPage.computeIfAbsent(pageKey(hit.hit()), k -> new ArrayList<>()).add(hit);
            lowestFused = Math.min(lowestFused, hit.fusedScore());
            if (hit.semanticScore().isPresent()) {
                lowestCloseness = Math.min(lowestCloseness, hit.semanticScore().getAsDouble());
            }
        }
        Map<String, Double> subjectCloseness = new HashMap<>();
        double lowestSubject = Double.POSITIVE_INFINITY;
        for (SearchHit hit : subjectHits) {
            subjectCloseness.put(hit.id(), hit.score());
            lowestSubject = Math.min(lowestSubject, hit.score());
        }
        double closenessFloor = Double.isInfinite(lowestCloseness) ? 0 : lowestCloseness;
        double subjectFloor = Double.isInfinite(lowestSubject) ? 0 : lowestSubject;
        String question = query.text().toLowerCase(Locale.ROOT);
        Optional<String> askedTerm = AskedTerm.of(query);

        List<CandidatePage> pages = new ArrayList<>(byPage.size());
        for (List<FusedHit> passages : byPage.values()) {
            passages.sort((a, b) -> Double.compare(b.fusedScore(), a.fusedScore()));
            SearchHit first = passages.getFirst().hit();
            double closeness = closenessFloor;
            double subject = subjectFloor;
            double lexical = Double.NEGATIVE_INFINITY;
            Set<String> headingNames = new HashSet<>();
            boolean releaseEntries = false;
            boolean definesAskedTerm = false;
            for (FusedHit p : passages) {
                headingNames.addAll(p.hit().headingIdentifiers());
                releaseEntries |= p.hit().headings().stream().anyMatch(Release::headsAnEntry);
                definesAskedTerm |= askedTerm.isPresent() && !p.hit().headings().isEmpty()
                        && AskedTerm.heads(p.hit().headings().getLast(), askedTerm.get());
                closeness = Math.max(closeness, p.semanticScore().orElse(closenessFloor));
                subject = Math.max(subject, subjectCloseness.getOrDefault(p.id(), subjectFloor));
                lexical = Math.max(lexical, p.lexicalZ());
            }
            String file = PageNames.fileName(first.documentId());
            PageFeatures features = new PageFeatures(
                    passages.getFirst().fusedScore(),
                    passages.size() > 1 ? passages.get(1).fusedScore() : lowestFused,
                    PageNames.titleNamed(first.title(), question, query.identifiers())
                            || PageNames.typeNamed(first.title(), query.text()) ? 1 : 0,
                    !file.isEmpty() && PageNames.named(file, question, query.identifiers()) ? 1 : 0,
                    releaseEntries || PageNames.broad(first.title(), first.documentId()) && !definesAskedTerm ? 1 : 0,
                    PageNames.titleCoverage(first.title(), query.terms()),
                    subject,
                    Math.min(headingNames.size(), PageFeatures.MAX_HEADING_NAMES));
            pages.add(new CandidatePage(knowledgeBaseOf(first), first.documentId(), first.title(), first.pageUrl(),
                    first.pagePassages(), passages, features, closeness, lexical));
        }
        return pages;
    }

    private static String pageKey(SearchHit hit) {
        return knowledgeBaseOf(hit) + ":" + hit.documentId();
    }

    /** A passage id is {@code <knowledge base>:<document id>#<chunk>} (IndexedPassage.id()). */
    private static String knowledgeBaseOf(SearchHit hit) {
        int colon = hit.id().indexOf(':');
        return colon > 0 ? hit.id().substring(0, colon) : "";
    }
}
