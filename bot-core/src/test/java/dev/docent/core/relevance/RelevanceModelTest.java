package dev.docent.core.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.CandidatePage;
import dev.docent.core.retrieval.PageFeatures;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.SearchQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RelevanceModelTest {

    /** Probability = sigmoid(closeness standardised around 0.85): 0.5 at 0.85, higher above. */
    private static final AnswerabilityModel BY_CLOSENESS = new AnswerabilityModel(
            new double[] {0, 0, 0.85, 0, 0, 0, 0}, new double[] {1, 1, 0.01, 1, 1, 1, 1},
            new double[] {0, 0, 1, 0, 0, 0, 0}, 0, new Thresholds(0.4, 0.8), new Thresholds(0.6, 0.8));
    private static final RelevanceModel MODEL = new RelevanceModel(
            new PageRanker(new double[] {1, 0, 0, 0, 0, 0, 0, 0}), BY_CLOSENESS, 0.5, "test");

    @Test
    void theProbabilityBecomesAVerdictAtTheThresholds() {
        SearchQuery shortQuestion = SearchQuery.of("how do I export?");

        assertThat(MODEL.assess(shortQuestion, List.of(page("a.md", 1, 0.87))).verdict()).isEqualTo(Verdict.ANSWER);
        assertThat(MODEL.assess(shortQuestion, List.of(page("a.md", 1, 0.85))).verdict()).isEqualTo(Verdict.ANSWER_TENTATIVELY);
        assertThat(MODEL.assess(shortQuestion, List.of(page("a.md", 1, 0.84))).verdict()).isEqualTo(Verdict.NOT_IN_DOCS);
    }

    @Test
    void anIssueShapedMessageIsHeldToItsOwnThresholds() {
        SearchQuery issue = SearchQuery.of("Export fails\nWhen I export, the file is empty. Steps: ...");

        Answerability a = MODEL.assess(issue, List.of(page("a.md", 1, 0.85)));

        assertThat(a.probability()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_IN_DOCS);
    }

    @Test
    void nothingRetrievedIsNotInTheDocs() {
        assertThat(MODEL.assess(SearchQuery.of("anything"), List.of())).isEqualTo(Answerability.nothingFound());
    }

    @Test
    void theSecondPageIsCitedOnlyWhenNearlyAsLikely() {
        RankedPage first = page("a.md", 3.0, 0.9);

        assertThat(MODEL.pagesToCite(List.of(first, page("b.md", 2.8, 0.9)))).extracting(RankedPage::documentId)
                .containsExactly("a.md", "b.md");
        assertThat(MODEL.pagesToCite(List.of(first, page("b.md", 2.0, 0.9)))).extracting(RankedPage::documentId)
                .containsExactly("a.md");
    }

    @Test
    void aPageTenTimesLongerThanTheNextMayLeadOnItsLengthSoTheNextIsCitedToo() {
        RankedPage api = page("api.html", 564, 3.0, 0.9);

        assertThat(MODEL.pagesToCite(List.of(api, page("testing.html", 17, 2.0, 0.9)))).extracting(RankedPage::documentId)
                .containsExactly("api.html", "testing.html");
        assertThat(MODEL.pagesToCite(List.of(page("config.html", 47, 3.0, 0.9), page("testing.html", 17, 2.0, 0.9))))
                .as("under ten times as long").extracting(RankedPage::documentId).containsExactly("config.html");
        assertThat(MODEL.pagesToCite(List.of(api, page("testing.html", 0, 2.0, 0.9))))
                .as("a length unknown (an index older than schema 8)").extracting(RankedPage::documentId)
                .containsExactly("api.html");
        assertThat(MODEL.pagesToCite(List.of(page("testing.html", 17, 3.0, 0.9), page("api.html", 564, 2.0, 0.9))))
                .as("the longer page second").extracting(RankedPage::documentId).containsExactly("testing.html");
    }

    @Test
    void aModelFileForOtherFeaturesIsRefusedWithTheReason() {
        String json = RelevanceModelFile.toJson(MODEL).replace("\"subjectCloseness\"", "\"somethingElse\"");

        assertThatThrownBy(() -> RelevanceModelFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json"))
                .hasMessageContaining("retrain it");
    }

    @Test
    void aModelFileReadsBackAsWritten() throws Exception {
        String json = RelevanceModelFile.toJson(MODEL);

        RelevanceModel read = RelevanceModelFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json");

        assertThat(read.secondPageWithin()).isEqualTo(0.5);
        assertThat(read.answerability().issueShaped()).isEqualTo(new Thresholds(0.6, 0.8));
        assertThat(RelevanceModelFile.toJson(read)).isEqualTo(json);
    }

    @Test
    void aDottedNameIsCoveredByItsPartsWhereTheReferenceWritesThemApart() {
        IndexedPassage args = IndexedPassage.of("docs", "api.html", 4, 5, "API", List.of("class flask.Request", "property args"),
                "The parsed URL parameters.", "u", "h", null);
        CandidatePage candidate = new CandidatePage("docs", "api.html", "API", "https://docs.example/api", 1, List.of(),
                new PageFeatures(1, 0, 0, 0, 0, 0, 0.9, 0), 0.9, 0);
        RankedPage page = new RankedPage(candidate, 1, List.of(new RankedPassage("docs:api.html#4", args, 1,
                OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true)));

        assertThat(AnswerEvidence.of(SearchQuery.of("What does Request.args contain?"), List.of(page)).orElseThrow().termCoverage())
                .as("request.args by its parts, not contain").isEqualTo(0.5);
        assertThat(AnswerEvidence.of(SearchQuery.of("What does Response.args contain?"), List.of(page)).orElseThrow().termCoverage())
                .isZero();
    }

    @Test
    void theShippedModelLoads() {
        assertThat(RelevanceModel.bundled().trainedOn()).isNotBlank();
    }

    private static RankedPage page(String documentId, double score, double closeness) {
        return page(documentId, 1, score, closeness);
    }

    private static RankedPage page(String documentId, int pagePassages, double score, double closeness) {
        CandidatePage page = new CandidatePage("docs", documentId, "Title", "https://docs.example/" + documentId, pagePassages,
                List.of(),
                new PageFeatures(score, 0, 0, 0, 0, 0, closeness, 0), closeness, 0);
        IndexedPassage text = IndexedPassage.of("docs", documentId, 0, 1, "Title", List.of(), "Some text.", "u", "h", null);
        return new RankedPage(page, score, List.of(new RankedPassage("docs:" + documentId + "#0", text, score,
                OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(closeness), true)));
    }
}
