package dev.docent.app.evaluation;

import dev.docent.core.grounding.GroundedAnswer;
import dev.docent.core.grounding.Grounding;
import dev.docent.core.retrieval.FusedHit;
import dev.docent.core.retrieval.RankedPassage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a golden set through the answer pipeline (retrieval, relevance, generation, citation
 * verification) and scores it: how well retrieval ranks the gold pages, whether the answer's
 * citations point into gold pages, and whether Docent answered what it should and refused what
 * the docs do not cover.
 */
public final class GoldenSetEvaluation {

    public static final int RECALL_DEPTH = 5;
    private static final int NDCG_DEPTH = 10;

    private final Grounding grounding;
    private final Set<String> knowledgeBases;

    public GoldenSetEvaluation(Grounding grounding, Set<String> knowledgeBases) {
        this.grounding = grounding;
        this.knowledgeBases = Set.copyOf(knowledgeBases);
    }

    public GoldenSetReport run(List<GoldenQuestion> questions) {
        double recall = 0;
        double reciprocalRanks = 0;
        double ndcg = 0;
        int cited = 0;
        int citedInGold = 0;
        int answerable = 0;
        int answered = 0;
        int unanswerable = 0;
        int refused = 0;
        List<Double> latencies = new ArrayList<>();
        List<GoldenSetReport.Miss> misses = new ArrayList<>();
        for (GoldenQuestion golden : questions) {
            long start = System.nanoTime();
            GroundedAnswer result = grounding.answer(golden.question(), knowledgeBases);
            latencies.add((System.nanoTime() - start) / 1e6);
            boolean grounded = result.answer().grounded();
            if (golden.answerable()) {
                answerable++;
                List<String> pages = rankedPages(result.ranking());
                recall += RankingMetrics.recall(pages, golden.pages(), RECALL_DEPTH);
                reciprocalRanks += RankingMetrics.reciprocalRank(pages, golden.pages());
                ndcg += RankingMetrics.ndcg(pages, grades(golden.pages()), NDCG_DEPTH);
                for (RankedPassage source : result.answer().sources()) {
                    cited++;
                    citedInGold += golden.pages().contains(source.passage().documentId()) ? 1 : 0;
                }
                if (grounded) {
                    answered++;
                } else {
                    misses.add(new GoldenSetReport.Miss(golden.id(), golden.question(), "refused", pages.stream().limit(3).toList()));
                }
            } else {
                unanswerable++;
                if (grounded) {
                    misses.add(new GoldenSetReport.Miss(golden.id(), golden.question(), "answered",
                            result.answer().sources().stream().map(s -> s.passage().documentId()).distinct().toList()));
                } else {
                    refused++;
                }
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new GoldenSetReport(answerable, unanswerable, ratio(recall, answerable), ratio(reciprocalRanks, answerable),
                ratio(ndcg, answerable), ratio(citedInGold, cited), answerable - answered, refused,
                ratio(answered, answerable), ratio(refused, unanswerable),
                RankingMetrics.percentile(sorted, 50), RankingMetrics.percentile(sorted, 95), latencies, misses);
    }

    /** Pages in the order of their best passage. */
    private static List<String> rankedPages(List<FusedHit> ranking) {
        Set<String> pages = new LinkedHashSet<>();
        ranking.forEach(p -> pages.add(p.documentId()));
        return List.copyOf(pages);
    }

    private static Map<String, Integer> grades(List<String> pages) {
        Map<String, Integer> grades = new HashMap<>();
        pages.forEach(p -> grades.put(p, 1));
        return grades;
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
