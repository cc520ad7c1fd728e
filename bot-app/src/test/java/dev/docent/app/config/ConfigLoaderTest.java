package dev.docent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.core.desk.PagingLimits;
import dev.docent.core.error.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
                    audience: internal
                defaultKnowledgeBases: [product-docs]
                """));

        assertThat(config.knowledgeBases()).containsOnlyKeys("product-docs", "internal-runbooks");
        assertThat(config.knowledgeBases().get("product-docs").audience()).isEqualTo(Audience.PUBLIC);
        assertThat(config.knowledgeBases().get("internal-runbooks").audience()).isEqualTo(Audience.INTERNAL);
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
                        delay: 250ms
                  internal-runbooks:
                    sources:
                      - directory: ./runbooks
                """));

        var product = config.knowledgeBases().get("product-docs").sources();
        assertThat(product).extracting(SourceConfig::git).containsExactly("https://git.example/acme/docs.git", null);
        assertThat(product.get(0).urlTemplate()).isEqualTo("https://docs.acme.example/{path}");
        assertThat(product.get(1).maxPages()).isEqualTo(300);
        assertThat(product.get(1).delay()).isEqualTo(Duration.ofMillis(250));
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
                .hasMessage(file + ":4:9: knowledgeBases.docs.sources[0]: give exactly one of 'directory', 'git' or 'url'");
    }

    @Test
    void keysThatBelongToAnotherKindOfSourceAreNamed() throws Exception {
        Path file = write("""
                knowledgeBases:
                  docs:
                    sources:
                      - directory: docs
                        branch: main
                        delay: 1s
                      - url: https://help.example.com/
                        urlTemplate: https://help.example.com/{path}
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(String.join("\n",
                file + ":5:9: knowledgeBases.docs.sources[0].branch: is for git sources only",
                file + ":6:9: knowledgeBases.docs.sources[0].delay: is for website (url) sources only",
                file + ":8:9: knowledgeBases.docs.sources[1].urlTemplate: is for directory and git sources "
                        + "(a website's pages keep their own URLs)"));
    }

    @Test
    void readsTheModelPricesAndCache() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                model:
                  provider: openai
                  baseUrl: http://localhost:8000/v1
                  name: gpt-4o-mini
                  timeout: 15s
                prices:
                  gpt-4o-mini: {inputPerMillion: 0.15, outputPerMillion: 0.60}
                cache:
                  entries: 200
                  ttl: 2h
                """));

        assertThat(config.answerModel()).hasValueSatisfying(m -> {
            assertThat(m.provider()).isEqualTo(ModelConfig.Provider.OPENAI);
            assertThat(m.name()).isEqualTo("gpt-4o-mini");
            assertThat(m.timeout()).isEqualTo(Duration.ofSeconds(15));
            assertThat(m.maxRetries()).isEqualTo(1);
        });
        assertThat(config.prices().get("gpt-4o-mini").outputPerMillion()).isEqualTo(0.60);
        assertThat(config.cache().entries()).isEqualTo(200);
        assertThat(config.cache().enabled()).isTrue();
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void readsThePagingLimitsAndRefusesImpossibleOnes() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                paging:
                  maxPages: 3
                  window: 30m
                  similarity: 0.8
                """));
        assertThat(config.paging().limits()).isEqualTo(new PagingLimits(3, Duration.ofMinutes(30), 0.8));
        assertThat(ConfigLoader.load(write("cache: {entries: 5}\n")).paging().limits()).isEqualTo(PagingLimits.DEFAULTS);

        Path wrong = write("""
                paging:
                  maxPages: 0
                  similarity: 1.5
                """);
        assertThatThrownBy(() -> ConfigLoader.load(wrong)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("paging.maxPages").hasMessageContaining("paging.similarity");
    }

    @Test
    void readsTheRetentionAndRefusesLessThanADay() throws Exception {
        assertThat(ConfigLoader.load(write("retention: 90d\n")).questionRetention()).contains(Duration.ofDays(90));
        assertThat(ConfigLoader.load(write("cache: {entries: 5}\n")).questionRetention()).as("kept unless limited").isEmpty();

        Path tooShort = write("retention: 12h\n");
        assertThatThrownBy(() -> ConfigLoader.load(tooShort)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(":1:12: retention: must be at least 1d, was 12h");
        Path noUnit = write("retention: 90\n");
        assertThatThrownBy(() -> ConfigLoader.load(noUnit)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("retention: '90' is not a duration: give its unit, e.g. 90s");
    }

    @Test
    void defaultsAreWhatTheReferenceSays() throws Exception {
        DocentConfig config = ConfigLoader.load(write("model: {provider: ollama, name: llama3.1}\n"));

        assertThat(config.answerModel().orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.answerModel().orElseThrow().maxTokens()).isEqualTo(700);
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofMinutes(60));
        assertThat(config.cache().entries()).isEqualTo(1_000);
    }

    @Test
    void modelWithoutAProviderIsNamed() throws Exception {
        Path file = write("model:\n  name: gpt-4o-mini\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":1:1: model.provider: missing (one of: openai, ollama, anthropic)");
    }

    @Test
    void unknownProviderListsTheKnownOnes() throws Exception {
        Path file = write("model:\n  provider: gemini\n  name: x\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":2:13: model.provider: 'gemini' is not one of: openai, ollama, anthropic");
    }

    @Test
    void emptyFileIsTheEmptyConfiguration() throws Exception {
        assertThat(ConfigLoader.load(write("  \n"))).isEqualTo(DocentConfig.empty());
        assertThat(ConfigLoader.load(write("# nothing configured yet\n"))).isEqualTo(DocentConfig.empty());
    }

    @Test
    void aKeyWithNothingAfterItIsLeftOutAndASectionsEntryWithNothingTakesTheDefaults() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                knowledgeBases:
                  product-docs:
                defaultKnowledgeBases:
                model:
                cache:
                  ttl:
                """));

        assertThat(config.knowledgeBases().get("product-docs").audience()).isEqualTo(Audience.PUBLIC);
        assertThat(config.defaultKnowledgeBases()).isEmpty();
        assertThat(config.answerModel()).isEmpty();
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofHours(1));
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
                .isInstanceOf(UserInputException.class)
                .hasMessage(file + ":3:5: knowledgeBases.product-docs.visibilty: unknown key (did you mean 'audience', "
                        + "formerly 'visibility'? known keys: audience, description, sources)");
    }

    @Test
    void aMisspelledKeyGetsTheKeyItWasMeantToBe() throws Exception {
        Path file = write("defaultKnowledgebases: [sample]\ncache:\n  entires: 10\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(String.join("\n",
                file + ":1:1: defaultKnowledgebases: unknown key (did you mean 'defaultKnowledgeBases'? known keys: cache, "
                        + "defaultKnowledgeBases, intents, knowledgeBases, model, paging, prices, relevanceModelFile, retention, tenants)",
                file + ":3:3: cache.entires: unknown key (did you mean 'entries'? known keys: enabled, entries, ttl)"));
    }

    @Test
    void wrongValueIsNamedWithTheAllowedOnes() throws Exception {
        Path file = write("knowledgeBases:\n  docs:\n    audience: secret\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":3:15: knowledgeBases.docs.audience: 'secret' is not one of: public, internal");
    }

    @Test
    void knowledgeBaseNameThatCannotBeAnIndexNameIsRefused() throws Exception {
        Path file = write("defaultKnowledgeBases: [Product Docs]\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ":1:25: defaultKnowledgeBases[0]: Invalid knowledge base name 'Product Docs'");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yml"))).hasMessage(dir.resolve("nope.yml") + ": no such file");
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheFile() throws Exception {
        Path file = write("""
                knowledgeBases:
                  docs:
                    audience: everyone
                model:
                  provider: openai
                  timeout: 20
                  maxTokens: many
                cache:
                  enabled: sometimes
                  entries: 0
                tenants:
                  T1:
                    escalation: {mention: S0ONCALL}
                    channels: [C1, C2]
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(String.join("\n",
                file + ":3:15: knowledgeBases.docs.audience: 'everyone' is not one of: public, internal",
                file + ":4:1: model.name: missing (e.g. gpt-4o-mini)",
                file + ":6:12: model.timeout: '20' is not a duration: give its unit, e.g. 20s (ms, s, m, h or d)",
                file + ":7:14: model.maxTokens: 'many' is not a whole number (at least 1)",
                file + ":9:12: cache.enabled: 'sometimes' is not true or false",
                file + ":10:12: cache.entries: must be at least 1, was 0",
                file + ":13:5: tenants.T1.escalation.channel: missing: the channel id escalation cases are posted to",
                file + ":14:15: tenants.T1.channels: expected channel ids and their settings, found a list"));
    }

    @Test
    void aRequiredKeyWithNothingAfterItIsMissing() throws Exception {
        Path file = write("tenants:\n  T1:\n    escalation:\n      channel:\n      mention: S0ONCALL\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":4:7: tenants.T1.escalation.channel: missing: the channel id escalation cases are posted to");
    }

    @Test
    void aBadKeysLineIsItsOwnNotAnEarlierKeyOfTheSameName() throws Exception {
        Path file = write("""
                knowledgeBases:
                  docs:
                    description: fine
                  runbooks:
                    description: fine too
                    descripton: a typo
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ":6:5: knowledgeBases.runbooks.descripton: unknown key (did you mean 'description'?");
    }

    @Test
    void messagesNameTheFileActuallyRead() throws Exception {
        Path other = Files.writeString(dir.resolve("staging.yaml"), "cache:\n  ttl: forever\n");

        assertThatThrownBy(() -> ConfigLoader.load(other))
                .hasMessage(other + ":2:8: cache.ttl: 'forever' is not a duration: write it as 500ms, 20s, 30m or 2h");
    }

    @Test
    void wrongShapesAreNamed() throws Exception {
        Path file = write("""
                knowledgeBases: [docs]
                defaultKnowledgeBases: docs
                model: gpt-4o-mini
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(String.join("\n",
                file + ":1:17: knowledgeBases: expected knowledge base names and their settings, found a list",
                file + ":2:24: defaultKnowledgeBases: expected a list of knowledge base names, e.g. [product-docs], found 'docs'",
                file + ":3:8: model: expected the model section, found 'gpt-4o-mini'"));
    }

    @Test
    void aKeyGivenTwiceIsNamedWithBothLines() throws Exception {
        Path file = write("cache:\n  entries: 10\n  entries: 20\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":3:3: cache.entries: given twice (first on line 2); keep one");
    }

    @Test
    void invalidYamlIsNamedWithItsPlace() throws Exception {
        Path file = write("knowledgeBases:\n  docs: {audience: internal\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(file + ":3:1: not valid YAML (");
    }

    @Test
    void aSecretWrittenWhereItsVariablesNameBelongsIsRefusedWithoutEchoingIt() throws Exception {
        Path file = write("model: {provider: openai, name: gpt-4o-mini, apiKeyEnv: sk-proj-abcdefghijklmnop}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ":1:57: model.apiKeyEnv: 'sk-p...' is not the name of an environment variable")
                .hasMessageNotContaining("abcdefghijklmnop");
    }

    @Test
    void aRelevanceModelFileThatCannotBeUsedIsNamedAtItsKey() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("relevance.json"), "{\"weights\": [1, 2]");
        Path file = write("relevanceModelFile: " + notAModel + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + ":1:21: relevanceModelFile: " + notAModel
                + " is not a relevance model (not the JSON that 'docent eval --train-relevance' writes)");
        assertThatThrownBy(() -> ConfigLoader.load(write("relevanceModelFile: " + dir.resolve("gone.json") + "\n")))
                .hasMessageEndingWith(": relevanceModelFile: no such file: " + dir.resolve("gone.json"));
    }

    @Test
    void durationsTakeEveryUnit() {
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5s")).contains(Duration.ofMillis(1_500));
        assertThat(Durations.parse("30m")).contains(Duration.ofMinutes(30));
        assertThat(Durations.parse("2h")).contains(Duration.ofHours(2));
        assertThat(Durations.parse("1d")).contains(Duration.ofDays(1));
        assertThat(Durations.parse("20")).isEmpty();
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Durations.format(Duration.ofMillis(2_500))).isEqualTo("2500ms");
        assertThat(Durations.format(Duration.ofSeconds(20))).isEqualTo("20s");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("docent.yml"), yaml);
    }
}
