package dev.docent.lab.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledPagesTest {

    private final LabelledPages pages = new LabelledPages(List.of("docs/src/rules/no-unused-vars.md", "docs/src/rules/index.md",
            "docs/src/use/configure/index.md", "docs/src/use/configure/rules.md", "guide/features.md", "zh/guide/features.md",
            "api/a/options.md", "api/b/options.md"));

    @Test
    void aPublishedUrlNamesThePageWhosePathEndsAsItDoes() {
        assertThat(pages.pageOf("https://eslint.org/docs/latest/rules/no-unused-vars")).contains("docs/src/rules/no-unused-vars.md");
        assertThat(pages.pageOf("https://eslint.org/docs/latest/use/configure/")).contains("docs/src/use/configure/index.md");
        assertThat(pages.pageOf("https://eslint.org/docs/latest/use/configure/rules#disabling")).contains("docs/src/use/configure/rules.md");
    }

    @Test
    void aPathWithAnotherExtensionOrNoneNamesItsPageAndOfLanguagesTheOneWithoutAFolderMore() {
        assertThat(pages.pageOf("guide/features.html")).contains("guide/features.md");
        assertThat(pages.pageOf("https://vitejs.dev/guide/features")).contains("guide/features.md");
        assertThat(pages.pageOf("zh/guide/features.html")).contains("zh/guide/features.md");
    }

    @Test
    void aLabelTwoPagesMatchAlikeOrNoneMatchesNamesNoPage() {
        assertThat(pages.pageOf("https://example.test/options")).isEmpty();
        assertThat(pages.pageOf("https://example.test/changelog")).isEmpty();
        assertThat(pages.pageOf("https://example.test/")).isEmpty();
    }

    @Test
    void questionsLabelledByUrlAreResolvedAgainstTheFolderAndPathsAsTheyWere(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("guide"));
        Files.writeString(folder.resolve("guide/features.md"), "# Features");
        Files.writeString(folder.resolve("guide/build.md"), "# Build");
        List<QaQuestion> asked = List.of(new QaQuestion("q1", "Features?", List.of("https://vitejs.dev/guide/features.html")),
                new QaQuestion("q2", "Build?", List.of("guide/build.md", "guide/missing.md")));

        List<QaQuestion> resolved = QaSets.resolvedAgainst(asked, folder);

        assertThat(resolved.get(0).relevant()).containsExactly("guide/features.md");
        assertThat(resolved.get(1).relevant()).containsExactly("guide/build.md", "guide/missing.md");
    }
}
