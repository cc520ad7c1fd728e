package dev.docent.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.SampleFixture;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.Docent;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.lab.evaluation.DevSplit;
import dev.docent.lab.evaluation.QaEvaluation;
import dev.docent.lab.evaluation.QaQuestion;
import dev.docent.lab.evaluation.QaReport;
import dev.docent.lab.evaluation.QaResult;
import dev.docent.lab.evaluation.QaSets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the bundled golden set against the bundled sample, on a real node, asked as a
 * chat user asks (intents and escalation included). The relevance model that decides what to
 * answer was trained on the golden set's tune half (and the ESLint dev set's tune half); this gate
 * scores only the report half, which no threshold or weight was chosen on (README, "Answer quality").
 */
@EmbeddedElasticsearchTest
class SampleGoldenSetTest {

    // Measured on the report half on 2026-12-05 (docs/quality.md): cites a relevant page 0.873, refused 7 of 9
    // (0.778), recall@5 0.994, MRR 0.932, citation precision 0.851. The floors sit a little under, so that
    // a change that makes answers or refusals worse fails here; the goals (0.95 and all refused) are not met.
    private static final double CITES_RELEVANT = 0.83;
    private static final double REFUSED = 0.75;
    private static final double RECALL_AT_5 = 0.95;
    private static final double MRR = 0.89;
    private static final double CITATION_PRECISION = 0.84;

    ElasticsearchEndpoint elasticsearch;

    @Test
    void reportHalfOfTheSampleGoldenSetMeetsTheQualityBar() throws Exception {
        List<QaQuestion> questions = QaSets.sample();
        Map<QaQuestion, DevSplit> splits = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);
        List<QaQuestion> report = questions.stream().filter(q -> splits.get(q) == DevSplit.REPORT).toList();
        assertThat(report.stream().filter(QaQuestion::answerable).count()).isGreaterThanOrEqualTo(60);
        assertThat(report.stream().filter(q -> !q.answerable()).count()).isGreaterThanOrEqualTo(9);

        List<QaResult> results;
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            Docent docent = runtime.uncachedDocent(Set.of(SampleKnowledgeBase.NAME));
            results = new QaEvaluation(docent::answer, 0).run(report, splits);
        }
        QaReport figures = QaReport.of("REPORT", results);
        System.out.printf("Sample golden set, report half: cites a relevant page %.3f, refused %.3f, recall@5 %.3f, "
                        + "MRR %.3f, citation precision %.3f%n", figures.citesRelevant(), figures.refusedRate(),
                figures.recallAt5(), figures.mrr(), figures.citationPrecision());

        assertThat(figures.citesRelevant()).as("answerable questions answered with a relevant page cited")
                .isGreaterThanOrEqualTo(CITES_RELEVANT);
        assertThat(figures.refusedRate()).as("unanswerable questions refused").isGreaterThanOrEqualTo(REFUSED);
        assertThat(figures.recallAt5()).as("recall@5").isGreaterThanOrEqualTo(RECALL_AT_5);
        assertThat(figures.mrr()).as("MRR").isGreaterThanOrEqualTo(MRR);
        assertThat(figures.citationPrecision()).as("citation precision").isGreaterThanOrEqualTo(CITATION_PRECISION);
    }
    /**
     * In a chat session or a thread people go on to other topics. Each report-half question asked as the
     * next message after another question of the set is answered as it is alone, give or take one
     * answer: when every question that used a pronoun was searched together with the previous one, the
     * whole set measured 73% cited and 74% refused this way, against 88% and 89% alone.
     */
    @Test
    void aQuestionAskedAfterAnotherAboutSomethingElseIsAnsweredAsItIsAlone() throws Exception {
        List<QaQuestion> questions = QaSets.sample();
        Map<QaQuestion, DevSplit> splits = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);
        List<QaQuestion> report = questions.stream().filter(q -> splits.get(q) == DevSplit.REPORT).toList();

        QaReport alone;
        QaReport afterAnother;
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            QaEvaluation evaluation = new QaEvaluation(runtime.uncachedDocent(Set.of(SampleKnowledgeBase.NAME))::answer, 0);
            alone = QaReport.of("REPORT", evaluation.run(report, splits));
            afterAnother = QaReport.of("REPORT", evaluation.afterOtherQuestions().run(report, splits));
        }
        System.out.printf("Report half after another question: cites a relevant page %.3f (alone %.3f), refused %.3f (alone %.3f)%n",
                afterAnother.citesRelevant(), alone.citesRelevant(), afterAnother.refusedRate(), alone.refusedRate());

        double oneAnswerable = 1.0 / alone.answerable();
        double oneUnanswerable = 1.0 / alone.unanswerable();
        assertThat(afterAnother.citesRelevant()).isGreaterThanOrEqualTo(alone.citesRelevant() - oneAnswerable - 1e-9);
        assertThat(afterAnother.refusedRate()).isGreaterThanOrEqualTo(alone.refusedRate() - oneUnanswerable - 1e-9);
    }
}
