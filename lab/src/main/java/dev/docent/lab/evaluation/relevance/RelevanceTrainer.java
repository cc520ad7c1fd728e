package dev.docent.lab.evaluation.relevance;

import dev.docent.core.answer.Reply;
import dev.docent.core.error.UserInputException;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import dev.docent.core.relevance.AnswerEvidence;
import dev.docent.core.relevance.AnswerabilityModel;
import dev.docent.core.relevance.PageRanker;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.Thresholds;
import dev.docent.core.retrieval.CandidatePage;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PageFeatures;
import dev.docent.core.retrieval.PageScorer;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.Retrieval;
import dev.docent.core.retrieval.SearchQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Learns the relevance model from labelled questions, in three steps, each on the same questions:
 * <ol>
 * <li>the page ranker: a logistic model of "this page beats that one" over every pair of a right
 * and a wrong candidate page of a question (the wrong ones among the 20 best by their best passage);
 * <li>answerability: a logistic model of "a right page is among the first two" (what an answer may cite) over {@link AnswerEvidence},
 * features standardised;
 * <li>the answer thresholds (one for short questions, one for issue-shaped messages; the "surely"
 * threshold is {@link #SURE}) and the second-page margin: the values that bring every group of questions
 * closest to its goals at once ({@link #objective}), with the intent classifier and escalation policy
 * in the loop, as a chat user meets them.
 * </ol>
 */
public final class RelevanceTrainer {

    private static final int WRONG_PAGES_PER_QUESTION = 20;
    /**
     * "Surely" is a calibrated probability, not a tuned one: from 0.8 the first page answers four
     * questions in five. Searching it too would fit a third threshold to a few dozen requests.
     */
    static final double SURE = 0.8;
    private static final double TIE_BREAK = 0.01;
    private static final double RANKER_L2 = 3.0;
    private static final double ANSWERABILITY_L2 = 3.0;
    private static final Place PLACE = Place.console();

    private final Function<PageScorer, HybridRetriever> retrievers;
    private final IntentClassifier intents;
    private final EscalationPolicy policy;
    private final Consumer<String> progress;

    /** @param retrievers hybrid retrieval with a given page scorer, as the application runs it */
    public RelevanceTrainer(Function<PageScorer, HybridRetriever> retrievers, IntentClassifier intents, EscalationPolicy policy,
                            Consumer<String> progress) {
        this.retrievers = retrievers;
        this.intents = intents;
        this.policy = policy;
        this.progress = progress;
    }

    private record Observation(LabelledQuestion question, SearchQuery query, List<CandidatePage> candidates,
                               Optional<IntentPrediction> intent) {
    }

    public RelevanceModel train(List<LabelledQuestion> questions, String trainedOn) {
        progress.accept("retrieving " + questions.size() + " training questions");
        // The candidates' features do not depend on how they are ranked.
        HybridRetriever byBestPassage = retrievers.apply(PageScorer.BEST_PASSAGE);
        List<Observation> observations = new ArrayList<>();
        for (LabelledQuestion q : questions) {
            Retrieval retrieval = byBestPassage.retrieve(q.question(), q.knowledgeBases());
            observations.add(new Observation(q, retrieval.query(), retrieval.pages().stream().map(RankedPage::page).toList(),
                    intents.classify(q.question(), retrieval.queryEmbedding())));
        }
        PageRanker ranker = fitRanker(observations);
        // Ranked again as the application ranks, which also reads the top pages' passages.
        HybridRetriever ranked = retrievers.apply(ranker);
        List<List<RankedPage>> rankings = observations.stream()
                .map(o -> ranked.retrieve(o.question().question(), o.question().knowledgeBases()).pages()).toList();
        AnswerabilityModel answerability = fitAnswerability(observations, rankings);
        return chooseThresholds(observations, rankings, ranker, answerability, trainedOn);
    }

    private PageRanker fitRanker(List<Observation> observations) {
        List<double[]> pairs = new ArrayList<>();
        for (Observation o : observations) {
            List<CandidatePage> byBestPassage = o.candidates().stream()
                    .sorted(Comparator.comparingDouble((CandidatePage p) -> p.features().fusedBest()).reversed())
                    .toList();
            List<CandidatePage> wrong = byBestPassage.stream()
                    .filter(p -> !o.question().isRelevant(p.documentId())).limit(WRONG_PAGES_PER_QUESTION).toList();
            for (CandidatePage right : byBestPassage) {
                if (!o.question().isRelevant(right.documentId())) {
                    continue;
                }
                for (CandidatePage other : wrong) {
                    pairs.add(difference(right.features().vector(), other.features().vector()));
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new UserInputException("No training question has a right page among its candidates: nothing to learn from");
        }
        // Each feature scaled by its mean absolute difference, so that one penalty suits them all;
        // both orders of every pair make the model symmetric without an intercept.
        int k = PageFeatures.NAMES.size();
        double[] scale = new double[k];
        for (double[] d : pairs) {
            for (int j = 0; j < k; j++) {
                scale[j] += Math.abs(d[j]) / pairs.size();
            }
        }
        double[][] x = new double[2 * pairs.size()][];
        double[] y = new double[2 * pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            double[] scaled = new double[k];
            for (int j = 0; j < k; j++) {
                scaled[j] = scale[j] > 0 ? pairs.get(i)[j] / scale[j] : 0;
            }
            x[2 * i] = scaled;
            y[2 * i] = 1;
            x[2 * i + 1] = negate(scaled);
            y[2 * i + 1] = 0;
        }
        double[] w = LogisticRegression.fit(x, y, RANKER_L2, false).weights();
        double[] weights = new double[k];
        for (int j = 0; j < k; j++) {
            weights[j] = scale[j] > 0 ? w[j] / scale[j] : 0;
        }
        progress.accept("page ranker fitted on " + pairs.size() + " page pairs");
        return new PageRanker(weights);
    }

    private AnswerabilityModel fitAnswerability(List<Observation> observations, List<List<RankedPage>> rankings) {
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            Optional<AnswerEvidence> evidence = AnswerEvidence.of(observations.get(i).query(), rankings.get(i));
            if (evidence.isEmpty()) {
                continue;
            }
            rows.add(evidence.get().vector());
            labels.add(topTwoHoldARightPage(observations.get(i), rankings.get(i)) ? 1.0 : 0.0);
        }
        int k = AnswerEvidence.NAMES.size();
        double[] means = new double[k];
        double[] scales = new double[k];
        for (double[] r : rows) {
            for (int j = 0; j < k; j++) {
                means[j] += r[j] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < k; j++) {
                scales[j] += (r[j] - means[j]) * (r[j] - means[j]) / rows.size();
            }
        }
        for (int j = 0; j < k; j++) {
            scales[j] = scales[j] > 0 ? Math.sqrt(scales[j]) : 1;
        }
        double[][] x = new double[rows.size()][k];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = (rows.get(i)[j] - means[j]) / scales[j];
            }
            y[i] = labels.get(i);
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, ANSWERABILITY_L2, true);
        progress.accept("answerability fitted on " + rows.size() + " questions");
        return new AnswerabilityModel(means, scales, fit.weights(), fit.intercept(), thresholds(0.5), thresholds(0.5));
    }

    private RelevanceModel chooseThresholds(List<Observation> observations, List<List<RankedPage>> rankings, PageRanker ranker,
                                            AnswerabilityModel answerability, String trainedOn) {
        double[] margins = rankings.stream().filter(r -> r.size() > 1)
                .mapToDouble(r -> r.get(0).score() - r.get(1).score()).sorted().toArray();
        List<Double> secondPageMargins = new ArrayList<>(List.of(0.0));
        for (double q : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
            secondPageMargins.add(margins.length == 0 ? 0 : margins[(int) (q * (margins.length - 1))]);
        }
        double best = -1;
        RelevanceModel chosen = null;
        for (double secondPage : secondPageMargins) {
            for (int shortAt = 1; shortAt < 40; shortAt++) {
                for (int issueAt = 1; issueAt < 40; issueAt++) {
                    RelevanceModel candidate = new RelevanceModel(ranker,
                            answerability.withThresholds(thresholds(shortAt / 40.0), thresholds(issueAt / 40.0)),
                            secondPage, trainedOn);
                    double objective = objective(observations, rankings, candidate);
                    if (objective > best + 1e-12) {
                        best = objective;
                        chosen = candidate;
                    }
                }
            }
        }
        AnswerabilityModel a = chosen.answerability();
        progress.accept(String.format(java.util.Locale.ROOT,
                "thresholds chosen: answer short questions from %.3f, issue-shaped ones from %.3f, surely from %.3f, "
                        + "second page within %.3f (objective %.3f)", a.shortQuestions().answerAt(),
                a.issueShaped().answerAt(), SURE, chosen.secondPageWithin(), best));
        return chosen;
    }

    private static Thresholds thresholds(double answerAt) {
        return new Thresholds(answerAt, Math.max(answerAt, SURE));
    }

    /**
     * How close every group comes to its goals: the mean over groups of the lesser of the two goal
     * shares reached (cite rate / its goal, refusal rate / its goal, at most 1 each), so that neither
     * goal is bought with the other; the balanced share of right outcomes breaks ties.
     */
    double objective(List<Observation> observations, List<List<RankedPage>> rankings, RelevanceModel model) {
        Map<QuestionGroup, int[]> byGroup = new LinkedHashMap<>(); // answerable, cited right, unanswerable, refused
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            List<RankedPage> ranking = rankings.get(i);
            int[] counts = byGroup.computeIfAbsent(o.question().group(), g -> new int[4]);
            boolean answered = answers(o, ranking, model);
            if (o.question().answerable()) {
                counts[0]++;
                if (answered && citesRight(o, ranking, model)) {
                    counts[1]++;
                }
            } else {
                counts[2]++;
                if (!answered) {
                    counts[3]++;
                }
            }
        }
        double goals = 0;
        double balanced = 0;
        for (Map.Entry<QuestionGroup, int[]> entry : byGroup.entrySet()) {
            QuestionGroup group = entry.getKey();
            int[] c = entry.getValue();
            double cite = c[0] == 0 ? 1 : (double) c[1] / c[0];
            double refuse = c[2] == 0 ? 1 : (double) c[3] / c[2];
            goals += Math.min(Math.min(1, cite / group.citeGoal()), Math.min(1, refuse / group.refuseGoal()));
            balanced += (cite + refuse) / 2;
        }
        return (goals + TIE_BREAK * balanced) / byGroup.size();
    }

    private boolean answers(Observation o, List<RankedPage> ranking, RelevanceModel model) {
        var verdict = model.assess(o.query(), ranking).verdict();
        return policy.decide(PLACE, o.intent(), verdict).reply() == Reply.ANSWER;
    }

    private static boolean citesRight(Observation o, List<RankedPage> ranking, RelevanceModel model) {
        if (ranking.isEmpty()) {
            return false;
        }
        if (o.question().isRelevant(ranking.get(0).documentId())) {
            return true;
        }
        return ranking.size() > 1 && model.citesSecond(ranking.get(0), ranking.get(1))
                && o.question().isRelevant(ranking.get(1).documentId());
    }

    /** What an answer can cite: the first page, and the second when it is nearly as likely. */
    private static boolean topTwoHoldARightPage(Observation o, List<RankedPage> ranking) {
        return ranking.stream().limit(2).anyMatch(p -> o.question().isRelevant(p.documentId()));
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double[] negate(double[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = -a[i];
        }
        return d;
    }
}
