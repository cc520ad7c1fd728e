package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationVariantsTest {

    private static final Optional<String> ENGLISH = Optional.of("en");

    @Test
    void theCopyInTheQuestionsLanguageTakesThePlaceOfTheBestRankedCopy() {
        List<CandidatePage> ranked = List.of(page("zh/timeouts.md"), page("retries.md"), page("timeouts.md"),
                page("fr/timeouts.md"));

        assertThat(TranslationVariants.oneCopyEach(ENGLISH, ranked)).extracting(CandidatePage::documentId)
                .containsExactly("timeouts.md", "retries.md");
        assertThat(TranslationVariants.oneCopyEach(Optional.of("fr"), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("fr/timeouts.md", "retries.md");
    }

    @Test
    void aQuestionWhoseLanguageIsUnknownOrUntranslatedGetsTheDefaultCopy() {
        List<CandidatePage> ranked = List.of(page("content/zh-cn/docs/setup.md"), page("content/en/docs/setup.md"));

        assertThat(TranslationVariants.oneCopyEach(Optional.empty(), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("content/en/docs/setup.md");
        assertThat(TranslationVariants.oneCopyEach(Optional.of("de"), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("content/en/docs/setup.md");
        assertThat(TranslationVariants.oneCopyEach(Optional.of("zh"), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("content/zh-cn/docs/setup.md");
    }

    @Test
    void docusaurusTranslationsAreCopiesOfTheDocsTheyTranslate() {
        List<CandidatePage> ranked = List.of(page("i18n/ja/docusaurus-plugin-content-docs/current/intro.md"),
                page("docs/intro.md"), page("i18n/ja/docusaurus-plugin-content-docs/version-2.0/intro.md"),
                page("versioned_docs/version-2.0/intro.md"));

        assertThat(TranslationVariants.oneCopyEach(ENGLISH, ranked)).extracting(CandidatePage::documentId)
                .containsExactly("docs/intro.md", "versioned_docs/version-2.0/intro.md");
        assertThat(TranslationVariants.oneCopyEach(Optional.of("ja"), ranked)).extracting(CandidatePage::documentId)
                .containsExactly("i18n/ja/docusaurus-plugin-content-docs/current/intro.md",
                        "i18n/ja/docusaurus-plugin-content-docs/version-2.0/intro.md");
    }

    @Test
    void aLanguageInTheFileNameMakesACopy() {
        List<CandidatePage> ranked = List.of(page("guide/setup.de.md"), page("guide/setup.md"), page("migrating-to-1.0.0.md"));

        assertThat(TranslationVariants.oneCopyEach(ENGLISH, ranked)).extracting(CandidatePage::documentId)
                .containsExactly("guide/setup.md", "migrating-to-1.0.0.md");
    }

    @Test
    void pagesWithoutCopiesStayWhateverTheirLanguage() {
        List<CandidatePage> ranked = List.of(page("fr/blog/annonce.md"), page("intro-python.md"), page("ca/certificates.md"),
                page("certificates.md"));

        assertThat(TranslationVariants.oneCopyEach(ENGLISH, ranked)).isEqualTo(ranked);
    }

    @Test
    void copiesAreOnlyCopiesWithinOneKnowledgeBase() {
        List<CandidatePage> ranked = List.of(page("docs", "fr/intro.md"), page("other", "intro.md"));

        assertThat(TranslationVariants.oneCopyEach(ENGLISH, ranked)).isEqualTo(ranked);
    }

    @Test
    void aFolderIsALanguagesOnlyWhenItsNameIsALanguageCode() {
        assertThat(TranslationVariants.languageOf("zh-CN")).hasValue("zh");
        assertThat(TranslationVariants.languageOf("pt_br")).hasValue("pt");
        assertThat(TranslationVariants.languageOf("zh-hans")).hasValue("zh");
        assertThat(TranslationVariants.languageOf("js")).isEmpty();
        assertThat(TranslationVariants.languageOf("api")).isEmpty();
        assertThat(TranslationVariants.languageOf("v1")).isEmpty();
    }

    private static CandidatePage page(String documentId) {
        return page("docs", documentId);
    }

    private static CandidatePage page(String knowledgeBase, String documentId) {
        return new CandidatePage(knowledgeBase, documentId, "Title", "https://docs.example/" + documentId, 1, List.of(),
                new PageFeatures(1, 0, 0, 0, 0, 0, 0.8, 0), 0.8, 1);
    }
}
