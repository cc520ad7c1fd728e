package dev.docent.indexer.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.source.UrlTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    @TempDir
    Path work;

    @Test
    void readsABranchsDocsFolderWithPublishedUrlsAndFollowsNewCommits() throws Exception {
        Path origin = work.resolve("origin");
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            write(origin, "docs/guides/setup.md", "# Setup\n\nRun the installer.");
            write(origin, "docs/faq.md", "# FAQ\n\nAnswers.");
            write(origin, "src/App.java", "class App {}");
            commit(git, "docs");
            git.checkout().setCreateBranch(true).setName("next").call();
            write(origin, "docs/faq.md", "# FAQ\n\nAnswers for the next release.");
            commit(git, "next docs");
            git.checkout().setName("main").call();
        }
        GitSource source = new GitSource(origin.toString(), "main", "docs",
                new UrlTemplate("https://docs.example/{path}"), work.resolve("checkouts"));

        var documents = source.list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("faq.md", "guides/setup.md");
        assertThat(documents).extracting(SourceDocument::url)
                .containsExactly("https://docs.example/faq", "https://docs.example/guides/setup");
        assertThat(new String(documents.getFirst().content().read())).isEqualTo("# FAQ\n\nAnswers.");

        try (Git git = Git.open(origin.toFile())) {
            write(origin, "docs/faq.md", "# FAQ\n\nUpdated answers.");
            Files.delete(origin.resolve("docs/guides/setup.md"));
            git.rm().addFilepattern("docs/guides/setup.md").call();
            commit(git, "update");
        }
        var updated = source.list();
        assertThat(updated).extracting(SourceDocument::id).containsExactly("faq.md");
        assertThat(new String(updated.getFirst().content().read())).isEqualTo("# FAQ\n\nUpdated answers.");

        var next = new GitSource(origin.toString(), "next", "docs", null, work.resolve("checkouts")).list();
        assertThat(new String(next.getFirst().content().read())).contains("next release");
        assertThat(next.getFirst().url()).as("without a template, a link to the file in the repository")
                .isEqualTo(origin.toAbsolutePath().toUri() + "docs/faq.md");
    }

    @Test
    void missingBranchOrRepositoryIsAClearError() throws Exception {
        Path origin = work.resolve("origin");
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            write(origin, "a.md", "# A");
            commit(git, "a");
        }
        assertThatThrownBy(() -> new GitSource(origin.toString(), "nope", null, null, work.resolve("c1")).list())
                .isInstanceOf(IOException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> new GitSource(work.resolve("missing").toString(), null, null, null, work.resolve("c2")).list())
                .isInstanceOf(IOException.class).hasMessageContaining("Cannot read the git repository");
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.invalid").setCommitter("Test", "test@example.invalid")
                .setSign(false).call();
    }
}
