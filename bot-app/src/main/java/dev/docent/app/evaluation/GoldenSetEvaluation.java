package dev.docent.app.evaluation;

import dev.docent.core.Docent;
import dev.docent.core.answer.Answer;
import dev.docent.core.question.Question;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.RankedPassage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs a golden set through retrieval and the whole answer pipeline and scores both. */
public final class GoldenSetEvaluation {

    private static final int RECALL_DEPTH = 5;

    private final HybridRetriever retriever;
    private final Docent docent;
    private final Set<String> knowledgeBases;

    public GoldenSetEvaluation(HybridRetriever retriever, Docent docent, Set<String> knowledgeBases) {
        this.retriever = retriever;
        this.docent = docent;
        this.knowledgeBases = Set.copyOf(knowledgeBases);
    }

    public GoldenSetReport run(List<GoldenQuestion> questions) {
        double recall = 0;
        double reciprocalRanks = 0;
        int answerable = 0;
        int answered = 0;
        int unanswerable = 0;
        int refused = 0;
        List<Double> latencies = new ArrayList<>();
        for (GoldenQuestion golden : questions) {
            Answer answer = docent.answer(Question.fromConsole(golden.question()));
            latencies.add(answer.timingsMs().get("totalMs"));
            if (golden.answerable()) {
                answerable++;
                List<String> pages = rankedPages(golden.question());
                recall += recallAt(pages, golden.pages(), RECALL_DEPTH);
                reciprocalRanks += reciprocalRank(pages, golden.pages());
                answered += answer.grounded() ? 1 : 0;
            } else {
                unanswerable++;
                refused += answer.grounded() ? 0 : 1;
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new GoldenSetReport(answerable, unanswerable, ratio(recall, answerable), ratio(reciprocalRanks, answerable),
                ratio(answered, answerable), ratio(refused, unanswerable), percentile(sorted, 50), percentile(sorted, 95));
    }

    private List<String> rankedPages(String question) {
        Set<String> pages = new LinkedHashSet<>();
        for (RankedPassage passage : retriever.retrieve(question, knowledgeBases).passages()) {
            pages.add(passage.passage().documentId());
        }
        return List.copyOf(pages);
    }

    private static double recallAt(List<String> ranked, List<String> gold, int depth) {
        long found = ranked.stream().limit(depth).filter(gold::contains).count();
        return (double) found / gold.size();
    }

    private static double reciprocalRank(List<String> ranked, List<String> gold) {
        for (int i = 0; i < ranked.size(); i++) {
            if (gold.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? 0 : part / whole;
    }

    private static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
