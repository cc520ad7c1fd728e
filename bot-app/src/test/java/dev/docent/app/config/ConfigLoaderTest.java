package dev.docent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsKnowledgeBasesAndDefaults() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                knowledgeBases:
                  product-docs:
                    description: What customers read
                  internal-runbooks:
                    visibility: internal
                defaultKnowledgeBases: [product-docs]
                """));

        assertThat(config.knowledgeBases()).containsOnlyKeys("product-docs", "internal-runbooks");
        assertThat(config.knowledgeBases().get("product-docs").visibility()).isEqualTo(Audience.PUBLIC);
        assertThat(config.knowledgeBases().get("internal-runbooks").visibility()).isEqualTo(Audience.INTERNAL);
        assertThat(config.defaultKnowledgeBases()).containsExactly("product-docs");
    }

    @Test
    void readsEachKnowledgeBasesSources() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                knowledgeBases:
                  product-docs:
                    sources:
                      - git: https://git.example/acme/docs.git
                        branch: main
                        path: docs
                        urlTemplate: https://docs.acme.example/{path}
                      - url: https://help.acme.example/sitemap.xml
                        maxPages: 300
                  internal-runbooks:
                    sources:
                      - directory: ./runbooks
                """));

        var product = config.knowledgeBases().get("product-docs").sources();
        assertThat(product).extracting(SourceConfig::git).containsExactly("https://git.example/acme/docs.git", null);
        assertThat(product.get(0).urlTemplate()).isEqualTo("https://docs.acme.example/{path}");
        assertThat(product.get(1).maxPages()).isEqualTo(300);
        assertThat(config.knowledgeBases().get("internal-runbooks").sources().getFirst().directory()).isEqualTo("./runbooks");
    }

    @Test
    void sourceThatIsNeitherOrBothIsNamedWithItsPlace() throws Exception {
        Path file = write("""
                knowledgeBases:
                  docs:
                    sources:
                      - directory: a
                        git: b
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ": knowledgeBases.docs.sources[0]: give exactly one of 'directory', 'git' or 'url'");
    }

    @Test
    void readsTheModelPricesAndCache() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                model:
                  provider: openai
                  baseUrl: http://localhost:8000/v1
                  name: gpt-4o-mini
                  timeoutSeconds: 15
                prices:
                  gpt-4o-mini: {inputPerMillion: 0.15, outputPerMillion: 0.60}
                cache:
                  entries: 200
                """));

        assertThat(config.answerModel()).hasValueSatisfying(m -> {
            assertThat(m.provider()).isEqualTo(ModelConfig.Provider.OPENAI);
            assertThat(m.name()).isEqualTo("gpt-4o-mini");
            assertThat(m.timeoutSeconds()).isEqualTo(15.0);
            assertThat(m.maxRetries()).isEqualTo(1);
        });
        assertThat(config.prices().get("gpt-4o-mini").outputPerMillion()).isEqualTo(0.60);
        assertThat(config.cache().entries()).isEqualTo(200);
        assertThat(config.cache().enabled()).isTrue();
    }

    @Test
    void modelWithoutAProviderIsNamed() throws Exception {
        Path file = write("model:\n  name: gpt-4o-mini\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ": model.provider is missing (one of: openai, ollama, anthropic)");
    }

    @Test
    void unknownProviderListsTheKnownOnes() throws Exception {
        Path file = write("model:\n  provider: gemini\n  name: x\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ", line 2: 'model.provider' cannot be 'gemini' (one of: openai, ollama, anthropic)");
    }

    @Test
    void emptyFileIsTheEmptyConfiguration() throws Exception {
        assertThat(ConfigLoader.load(write("  \n"))).isEqualTo(DocentConfig.empty());
    }

    @Test
    void misspelledKeyIsNamedWithItsLineAndTheKnownKeys() throws Exception {
        Path file = write("""
                knowledgeBases:
                  product-docs:
                    visibilty: internal
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(file + ", line 3: unknown key 'knowledgeBases.product-docs.visibilty' (known keys: description, sources, visibility)");
    }

    @Test
    void wrongValueIsNamedWithTheAllowedOnes() throws Exception {
        Path file = write("knowledgeBases:\n  docs:\n    visibility: secret\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ", line 3: 'knowledgeBases.docs.visibility' cannot be 'secret' (one of: public, internal)");
    }

    @Test
    void knowledgeBaseNameThatCannotBeAnIndexNameIsRefused() throws Exception {
        Path file = write("defaultKnowledgeBases: [Product Docs]\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ": defaultKnowledgeBases: Invalid knowledge base name 'Product Docs'");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yml"))).hasMessage(dir.resolve("nope.yml") + ": no such file");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("docent.yml"), yaml);
    }
}
