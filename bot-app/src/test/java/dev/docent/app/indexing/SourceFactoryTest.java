package dev.docent.app.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.config.SourceConfig;
import org.junit.jupiter.api.Test;

class SourceFactoryTest {

    @Test
    void aCommandLineLocationIsADirectoryAGitRepositoryOrAWebsite() {
        assertThat(kind(SourceFactory.fromLocation("docs", null, null, null, null, null, null))).isEqualTo("directory");
        assertThat(kind(SourceFactory.fromLocation("https://git.example/acme/docs.git", null, null, null, null, null, null)))
                .isEqualTo("git");
        assertThat(kind(SourceFactory.fromLocation("git@git.example:acme/docs.git", null, null, null, null, null, null)))
                .isEqualTo("git");
        assertThat(kind(SourceFactory.fromLocation("../docs-repo", "main", null, null, null, null, null))).isEqualTo("git");
        assertThat(kind(SourceFactory.fromLocation("https://docs.acme.example/", null, null, null, null, null, null)))
                .isEqualTo("url");
        assertThat(SourceFactory.fromLocation("https://docs.acme.example/", null, null, "x", null, null, null).problem())
                .contains("urlTemplate");
    }

    private static String kind(SourceConfig source) {
        return source.directory() != null ? "directory" : source.git() != null ? "git" : "url";
    }
}
