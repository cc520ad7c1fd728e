package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRollUpTest {

    private static final int PAGE_PASSAGES = 40;

    @Test
    void passagesOfOnePageBecomeOnePageWithItsBestAndSecondBestScores() {
        List<FusedHit> fused = List.of(
                hit("rules/max-len.md", 0, "max-len", 2.0, 0.9),
                hit("rules/camelcase.md", 0, "camelcase", 1.5, 0.85),
                hit("rules/max-len.md", 3, "max-len", 0.5, 0.8));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("max-len: ignore imports"), fused, List.of());

        CandidatePage maxLen = pages.stream().filter(p -> p.documentId().equals("rules/max-len.md")).findFirst().orElseThrow();
        assertThat(pages).hasSize(2);
        assertThat(maxLen.passages()).hasSize(2);
        assertThat(maxLen.features().fusedBest()).isEqualTo(2.0);
        assertThat(maxLen.features().fusedSecond()).isEqualTo(0.5);
        assertThat(maxLen.bestCloseness()).isEqualTo(0.9);
        assertThat(maxLen.knowledgeBase()).isEqualTo("docs");
        assertThat(maxLen.pagePassages()).as("the page's length, for citing the next page beside a far longer one")
                .isEqualTo(PAGE_PASSAGES);
    }

    @Test
    void aPageWithOnePassageTakesTheLowestCandidateAsItsSecond() {
        List<FusedHit> fused = List.of(hit("a.md", 0, "A", 2.0, 0.9), hit("b.md", 0, "B", -1.0, 0.7));

        CandidatePage a = PageRollUp.of(SearchQuery.of("anything"), fused, List.of()).getFirst();

        assertThat(a.features().fusedSecond()).isEqualTo(-1.0);
    }

    @Test
    void aQuestionThatNamesThePageTitleOrFileSaysSo() {
        List<FusedHit> fused = List.of(hit("use/command-line-interface.md", 0, "Command Line Interface Reference", 1, 0.8),
                hit("rules/max-len.md", 0, "max-len", 1, 0.8));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("max-len ignoreImports option, see command-line-interface"),
                fused, List.of());

        assertThat(pages.get(0).features().pathNamed()).isEqualTo(1);
        assertThat(pages.get(0).features().titleNamed()).isZero();
        assertThat(pages.get(1).features().titleNamed()).isEqualTo(1);
    }

    @Test
    void aQuestionThatNamesTheNameAReferenceTitleLeadsWithNamesTheTitle() {
        List<FusedHit> fused = List.of(hit("doc/md041.md", 0, "`MD041` - First line in a file should be a top-level heading", 1, 0.8),
                hit("os.path.md", 0, "os.path \u2014 Common pathname manipulations", 1, 0.8),
                hit("compliance.md", 0, "Compliance: SOC 2 and GDPR", 1, 0.8),
                hit("rules/no-console.md", 0, "`no-console`", 1, 0.8));

        List<CandidatePage> pages = PageRollUp.of(
                SearchQuery.of("What does md041 check, and does os.path care about our compliance with no-console?"), fused, List.of());

        assertThat(pages).extracting(p -> p.features().titleNamed()).containsExactly(1.0, 1.0, 0.0, 1.0);
    }

    @Test
    void changelogsAndMigrationGuidesAreBroadPages() {
        List<FusedHit> fused = List.of(hit("use/migrate-to-9.0.0.md", 0, "Migrate to v9.x", 1, 0.8),
                hit("CHANGELOG.md", 0, "Changelog", 1, 0.8), hit("use/ignore.md", 0, "Ignore Files", 1, 0.8));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("ignore files"), fused, List.of());

        assertThat(pages).extracting(p -> p.features().broadPage()).containsExactly(1.0, 1.0, 0.0);
        assertThat(pages.get(2).features().titleCoverage()).isEqualTo(1.0);
    }

    @Test
    void aPageWhosePassagesSitUnderReleaseEntriesIsBroadWhateverItsName() {
        List<FusedHit> fused = List.of(
                hit("community/updates.html", 3, "Community Updates", 1, 0.8, Set.of(), List.of("Release History", "2.28.1 (2022-06-29)")),
                hit("user/install.html", 0, "Installation", 1, 0.8, Set.of(), List.of("2.3 Installing from source")));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("install from source"), fused, List.of());

        assertThat(pages).extracting(p -> p.features().broadPage()).containsExactly(1.0, 0.0);
    }

    @Test
    void aGlossaryIsNotBroadForTheQuestionWhatATermItDefinesIs() {
        List<FusedHit> fused = List.of(
                hit("glossary.html", 7, "Glossary", 1, 0.8, Set.of(), List.of("global interpreter lock (GIL)")),
                hit("c-api/init.html", 2, "Initialization", 1, 0.8, Set.of(), List.of("Releasing the GIL")));

        assertThat(PageRollUp.of(SearchQuery.of("What does the GIL do?"), fused, List.of()))
                .extracting(p -> p.features().broadPage()).containsExactly(0.0, 0.0);
        assertThat(PageRollUp.of(SearchQuery.of("How do I release the GIL?"), fused, List.of()))
                .extracting(p -> p.features().broadPage()).containsExactly(1.0, 0.0);
    }

    @Test
    void thePageClosestToTheSubjectIsTheOneTheSubjectSearchFound() {
        List<FusedHit> fused = List.of(hit("a.md", 0, "A", 1, 0.8), hit("b.md", 0, "B", 1, 0.8));
        List<SearchHit> subject = List.of(new SearchHit("docs:b.md#0", "b.md", "B", "u", 1, 0.95, Set.of(), List.of()),
                new SearchHit("docs:c.md#0", "c.md", "C", "u", 1, 0.7, Set.of(), List.of()));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("subject\nbody"), fused, subject);

        assertThat(pages).extracting(p -> p.features().subjectCloseness()).containsExactly(0.7, 0.95);
    }

    @Test
    void aPageCountsTheQuestionsIdentifiersItsHeadingsNameUpToThree() {
        List<FusedHit> fused = List.of(
                hit("cli.md", 0, "Command line", 1, 0.8, Set.of("retries")),
                hit("cli.md", 1, "Command line", 1, 0.8, Set.of("retries", "workers")),
                hit("ci.md", 0, "Running in CI", 1, 0.8, Set.of()),
                hit("all.md", 0, "Everything", 1, 0.8, Set.of("a", "b", "c", "d")));

        List<CandidatePage> pages = PageRollUp.of(SearchQuery.of("quillkit test --retries 2 --workers 2"), fused, List.of());

        assertThat(pages).extracting(p -> p.features().headingNames()).containsExactly(2.0, 0.0, 3.0);
    }

    private static FusedHit hit(String documentId, int chunk, String title, double fused, double closeness) {
        return hit(documentId, chunk, title, fused, closeness, Set.of());
    }

    private static FusedHit hit(String documentId, int chunk, String title, double fused, double closeness,
                                Set<String> headingIdentifiers) {
        return hit(documentId, chunk, title, fused, closeness, headingIdentifiers, List.of());
    }

    private static FusedHit hit(String documentId, int chunk, String title, double fused, double closeness,
                                Set<String> headingIdentifiers, List<String> headings) {
        SearchHit hit = new SearchHit("docs:" + documentId + "#" + chunk, documentId, title,
                "https://docs.example/" + documentId, PAGE_PASSAGES, fused, headingIdentifiers, headings);
        return new FusedHit(hit, fused, OptionalInt.of(1), OptionalInt.of(1), fused, fused, OptionalDouble.of(closeness));
    }
}
