package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.evaluation.GoldenQuestion;
import dev.docent.app.evaluation.GoldenSet;
import dev.docent.app.evaluation.GoldenSetEvaluation;
import dev.docent.app.evaluation.GoldenSetReport;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the bundled golden set against the bundled sample, on a real node. The
 * thresholds sit a little under what was measured (README, "Answer quality"), so that a change
 * that makes retrieval or refusals worse fails here.
 */
@EmbeddedElasticsearchTest
class SampleGoldenSetTest {

    // Measured on 2026-11-24 (z-score fusion, relevance 0.875/0.84/0.4): recall@5 0.987, MRR 0.920,
    // nDCG@10 0.938, citation precision 0.843, answered 0.811, refused 1.000.
    private static final double RECALL_AT_5 = 0.96;
    private static final double MRR = 0.89;
    private static final double NDCG_AT_10 = 0.91;
    private static final double CITATION_PRECISION = 0.80;
    private static final double ANSWERED = 0.77;
    private static final double REFUSED = 0.89;

    ElasticsearchEndpoint elasticsearch;

    @Test
    void sampleGoldenSetMeetsTheQualityBar() throws Exception {
        List<GoldenQuestion> questions = GoldenSet.sample();
        assertThat(questions.stream().filter(GoldenQuestion::answerable).count()).isGreaterThanOrEqualTo(60);
        assertThat(questions.stream().filter(q -> !q.answerable()).count()).isGreaterThanOrEqualTo(10);

        GoldenSetReport report;
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            Set<String> sample = Set.of(SampleKnowledgeBase.NAME);
            report = new GoldenSetEvaluation(runtime.uncachedGrounding(), sample).run(questions);
        }
        System.out.printf("Sample golden set: recall@5 %.3f, MRR %.3f, nDCG@10 %.3f, citation precision %.3f, "
                + "answered %.3f, refused %.3f%n", report.recallAt5(), report.mrr(), report.ndcgAt10(), report.citationPrecision(),
                report.answeredRate(), report.refusedRate());

        assertThat(report.recallAt5()).as("recall@5").isGreaterThanOrEqualTo(RECALL_AT_5);
        assertThat(report.mrr()).as("MRR").isGreaterThanOrEqualTo(MRR);
        assertThat(report.ndcgAt10()).as("nDCG@10").isGreaterThanOrEqualTo(NDCG_AT_10);
        assertThat(report.citationPrecision()).as("citation precision").isGreaterThanOrEqualTo(CITATION_PRECISION);
        assertThat(report.answeredRate()).as("answerable questions answered").isGreaterThanOrEqualTo(ANSWERED);
        assertThat(report.refusedRate()).as("unanswerable questions refused").isGreaterThanOrEqualTo(REFUSED);
    }

}
