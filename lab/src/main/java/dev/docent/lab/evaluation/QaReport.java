package dev.docent.lab.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a question set run over one part of it (a split, or all): what a chat user meets -
 * answerable questions answered with a relevant page cited, unanswerable ones refused - and how
 * well retrieval ranked the relevant pages (page level: recall@5, MRR, nDCG@10 with grade 1 for
 * every relevant page), citation precision, and warm latency of the whole answer pipeline.
 *
 * @param citesRelevant         answerable questions whose citations include a relevant page
 * @param citesRelevantInterval its 95% interval ({@link ShareInterval})
 * @param firstCitationRelevant answerable questions whose first citation is a relevant page
 * @param wronglyRefused        answerable questions that got no answer
 * @param correctlyRefused      unanswerable questions that got no answer
 * @param refusedInterval       the 95% interval of the share refused
 * @param showsRelevant         answerable questions whose reply shows a relevant page, cited or listed to read
 *                              (a refusal lists the closest pages): a softer figure than citesRelevant
 * @param citationPrecision     share of the citations of answers to answerable questions that point into a relevant page
 * @param stageP50Ms            the median time of each stage of the answer (embedding, searches, answer, intent), in order
 * @param misses                the questions Docent got wrong, for a person to look at
 */
public record QaReport(String part, int answerable, int unanswerable, double citesRelevant,
                       ShareInterval citesRelevantInterval, double firstCitationRelevant, double showsRelevant,
                       int wronglyRefused, int correctlyRefused, double refusedRate, ShareInterval refusedInterval,
                       double recallAt5, double mrr,
                       double ndcgAt10, double citationPrecision, double p50Ms, double p95Ms, Map<String, Double> stageP50Ms,
                       @JsonIgnore List<Double> latenciesMs, @JsonIgnore List<QaResult> misses) {

    public QaReport {
        stageP50Ms = Collections.unmodifiableMap(new LinkedHashMap<>(stageP50Ms));
        latenciesMs = List.copyOf(latenciesMs);
        misses = List.copyOf(misses);
    }

    public static QaReport of(String part, List<QaResult> results) {
        List<QaResult> answerable = results.stream().filter(QaResult::answerable).toList();
        List<QaResult> unanswerable = results.stream().filter(r -> !r.answerable()).toList();
        int refused = (int) unanswerable.stream().filter(r -> !r.answered()).count();
        double recall = 0;
        double reciprocalRanks = 0;
        double ndcg = 0;
        int citations = 0;
        int relevantCitations = 0;
        for (QaResult r : answerable) {
            List<String> ranked = r.rankedPages();
            Map<String, Integer> grades = new HashMap<>();
            r.question().relevant().forEach(p -> grades.put(p, 1));
            recall += RankingMetrics.recall(ranked, r.question().relevant(), 5);
            ndcg += RankingMetrics.ndcg(ranked, grades, 10);
            int rank = r.firstRelevantRank();
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (r.answered()) {
                citations += r.citations();
                relevantCitations += r.relevantCitations();
            }
        }
        double[] latencies = results.stream().mapToDouble(QaResult::latencyMs).sorted().toArray();
        long cites = answerable.stream().filter(QaResult::citesRelevant).count();
        return new QaReport(part, answerable.size(), unanswerable.size(),
                share(cites, answerable.size()), ShareInterval.of(cites, answerable.size()),
                share(answerable.stream().filter(QaResult::firstCitationRelevant).count(), answerable.size()),
                share(answerable.stream().filter(QaResult::showsRelevant).count(), answerable.size()),
                (int) answerable.stream().filter(r -> !r.answered()).count(), refused, share(refused, unanswerable.size()),
                ShareInterval.of(refused, unanswerable.size()),
                share(recall, answerable.size()), share(reciprocalRanks, answerable.size()), share(ndcg, answerable.size()),
                share(relevantCitations, citations),
                RankingMetrics.percentile(latencies, 50), RankingMetrics.percentile(latencies, 95), stageMedians(results),
                results.stream().map(QaResult::latencyMs).toList(),
                results.stream().filter(r -> !r.right()).toList());
    }

    private static Map<String, Double> stageMedians(List<QaResult> results) {
        Map<String, List<Double>> byStage = new LinkedHashMap<>();
        results.forEach(r -> r.stagesMs().forEach((stage, ms) -> byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(ms)));
        Map<String, Double> medians = new LinkedHashMap<>();
        byStage.forEach((stage, ms) -> medians.put(stage,
                RankingMetrics.percentile(ms.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 50)));
        return medians;
    }

    private static double share(double part, int whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
