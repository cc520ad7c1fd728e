package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionVariantsTest {

    @Test
    void theCurrentCopyTakesThePlaceOfTheBestRankedCopy() {
        List<CandidatePage> ranked = List.of(page("v1/timeouts.md"), page("retries.md"), page("timeouts.md"));

        assertThat(VersionVariants.oneCopyEach(Set.of(), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("timeouts.md", "retries.md");
    }

    @Test
    void theCopyForTheNamedReleaseIsKept() {
        List<CandidatePage> ranked = List.of(page("timeouts.md"), page("v2/timeouts.md"), page("v1/timeouts.md"));

        assertThat(VersionVariants.oneCopyEach(Release.namedIn("we are still on 1.4"), ranked))
                .extracting(CandidatePage::documentId).containsExactly("v1/timeouts.md");
    }

    @Test
    void withoutACurrentCopyTheNewestReleaseIsKeptAndUnreleasedOnesComeLast() {
        List<CandidatePage> ranked = List.of(page("docs/next/setup.md"), page("docs/1.9/setup.md"),
                page("docs/1.10/setup.md"));

        assertThat(VersionVariants.oneCopyEach(Set.of(), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("docs/1.10/setup.md");
    }

    @Test
    void docusaurusVersionedDocsAreCopiesOfTheDocsFolder() {
        List<CandidatePage> ranked = List.of(page("versioned_docs/version-2.0/intro.md"), page("docs/intro.md"),
                page("versioned_docs/version-3.1.0/intro.md"));

        assertThat(VersionVariants.oneCopyEach(Set.of(), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("docs/intro.md");
        assertThat(VersionVariants.oneCopyEach(Release.namedIn("after upgrading to v3"), ranked))
                .extracting(CandidatePage::documentId).containsExactly("versioned_docs/version-3.1.0/intro.md");
    }

    @Test
    void aReleaseNoCopyIsForFallsBackToTheCurrentCopy() {
        List<CandidatePage> ranked = List.of(page("en/v1.0/api.md"), page("en/latest/api.md"));

        assertThat(VersionVariants.oneCopyEach(Release.namedIn("version 5.2"), ranked))
                .extracting(CandidatePage::documentId).containsExactly("en/latest/api.md");
    }

    @Test
    void pagesWithoutCopiesStayWhateverTheirReleaseAndTheirOrder() {
        List<CandidatePage> ranked = List.of(page("v1/legacy-config.md"), page("migrating-to-v2.md"), page("v2/guide/intro.md"));

        assertThat(VersionVariants.oneCopyEach(Release.namedIn("on v2"), ranked)).isEqualTo(ranked);
    }

    @Test
    void copiesAreOnlyCopiesWithinOneKnowledgeBase() {
        List<CandidatePage> ranked = List.of(page("docs", "v1/intro.md"), page("other", "intro.md"));

        assertThat(VersionVariants.oneCopyEach(Set.of(), ranked)).isEqualTo(ranked);
    }

    private static CandidatePage page(String documentId) {
        return page("docs", documentId);
    }

    private static CandidatePage page(String knowledgeBase, String documentId) {
        return new CandidatePage(knowledgeBase, documentId, "Title", "https://docs.example/" + documentId, 1, List.of(),
                new PageFeatures(1, 0, 0, 0, 0, 0, 0.8, 0), 0.8, 1);
    }
}
