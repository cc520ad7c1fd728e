package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageVariantsTest {

    @Test
    void aQuestionNamesItsLanguageInWordsOrInACodeFence() {
        assertThat(LanguageVariants.namedIn("How do I wait for a selector with the Java client?")).containsExactly("java");
        assertThat(LanguageVariants.namedIn("this fails:\n```py\npage.goto(url)\n```")).containsExactly("python");
        assertThat(LanguageVariants.namedIn("Does it work with C# and .NET 8?")).containsExactly("csharp");
    }

    @Test
    void aCodeFenceNamesTheLanguageOfItsBlock() {
        assertThat(LanguageVariants.ofFence("```python async")).hasValue("python");
        assertThat(LanguageVariants.ofFence("  ~~~csharp")).hasValue("csharp");
        assertThat(LanguageVariants.ofFence("```ts title=\"config.ts\"")).hasValue("javascript");
        assertThat(LanguageVariants.ofFence("```bash")).isEmpty();
        assertThat(LanguageVariants.ofFence("```")).isEmpty();
    }

    @Test
    void englishWordsThatAreAlsoLanguageNamesDoNotCount() {
        assertThat(LanguageVariants.namedIn("Let's go: swift answers please, my node is rusty")).isEmpty();
    }

    @Test
    void aPassageIsForTheLanguagesItsSectionLineOrItsHeadingsName() {
        assertThat(LanguageVariants.ofPassage(List.of("Authentication", "Reuse state"), "* langs: java, csharp, python\n\nSave it."))
                .containsExactly("java", "csharp", "python");
        assertThat(LanguageVariants.ofPassage(List.of("Installation", "Python"), "pip install it.")).containsExactly("python");
        assertThat(LanguageVariants.ofPassage(List.of("Installation", "Pip"), "pip install it.")).isEmpty();
        assertThat(LanguageVariants.ofPassage(List.of("Clients", "Java and Python"), "Both work.")).isEmpty();
        assertThat(LanguageVariants.ofPassage(List.of("Setup"), "Set the languages: see below.")).isEmpty();
    }

    @Test
    void aPageIsForALanguageByItsPathOrTitle() {
        assertThat(LanguageVariants.ofPage("intro-python.md", "Installation")).hasValue("python");
        assertThat(LanguageVariants.ofPage("java/getting-started.md", "Getting started")).hasValue("java");
        assertThat(LanguageVariants.ofPage("guides/uploads.md", "Uploading files (C#)")).hasValue("csharp");
        assertThat(LanguageVariants.ofPage("guides/uploads.md", "Uploading files")).isEmpty();
    }

    @Test
    void pagesForAnotherLanguageAreSetAsideAndPagesForNoneStay() {
        List<CandidatePage> ranked = List.of(page("intro-java.md"), page("uploads.md"), page("intro-python.md"));

        assertThat(LanguageVariants.withoutOtherLanguages(Set.of("python"), ranked))
                .extracting(CandidatePage::documentId).containsExactly("uploads.md", "intro-python.md");
        assertThat(LanguageVariants.withoutOtherLanguages(Set.of(), ranked)).isEqualTo(ranked);
        assertThat(LanguageVariants.withoutOtherLanguages(Set.of("python", "java"), ranked)).isEqualTo(ranked);
    }

    @Test
    void whenEveryPageIsForAnotherLanguageTheyAllStay() {
        List<CandidatePage> ranked = List.of(page("intro-java.md"));

        assertThat(LanguageVariants.withoutOtherLanguages(Set.of("ruby"), ranked)).isEqualTo(ranked);
    }

    private static CandidatePage page(String documentId) {
        return new CandidatePage("docs", documentId, "Title", "https://docs.example/" + documentId, 1, List.of(),
                new PageFeatures(1, 0, 0, 0, 0, 0, 0.8, 0), 0.8, 1);
    }
}
