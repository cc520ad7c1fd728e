package dev.docent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.RelevanceModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys renamed since earlier versions are still read, to the same effect as their new names,
 * with one note each that names the new key - never a crash.
 */
class DeprecatedKeysTest {

    @TempDir
    Path dir;

    @Test
    void oldAndNewFormsReadTheSame() throws Exception {
        Files.writeString(dir.resolve("relevance.json"), RelevanceModelFile.toJson(RelevanceModel.bundled()));
        String relevance = dir.resolve("relevance.json").toString();
        ConfigLoader.Loaded old = ConfigLoader.read(write("old.yml", """
                knowledgeBases:
                  runbooks:
                    visibility: internal
                    sources:
                      - url: https://wiki.example.com/
                        delayMs: 250
                model:
                  provider: openai
                  name: gpt-4o-mini
                  timeoutSeconds: 1.5
                cache:
                  ttlMinutes: 90
                intents:
                  model: models/intents.json
                  enabled: false
                  hosted:
                    model: ft:gpt-4o-mini:acme::x
                    timeoutMs: 2500
                relevanceModel: %s
                """.formatted(relevance)));
        ConfigLoader.Loaded current = ConfigLoader.read(write("new.yml", """
                knowledgeBases:
                  runbooks:
                    audience: internal
                    sources:
                      - url: https://wiki.example.com/
                        delay: 250ms
                model:
                  provider: openai
                  name: gpt-4o-mini
                  timeout: 1500ms
                cache:
                  ttl: 90m
                intents:
                  modelFile: models/intents.json
                  enabled: false
                  hosted:
                    name: ft:gpt-4o-mini:acme::x
                    timeout: 2500ms
                relevanceModelFile: %s
                """.formatted(relevance)));

        assertThat(old.config()).isEqualTo(current.config());
        DocentConfig config = current.config();
        assertThat(config.knowledgeBases().get("runbooks").audience()).isEqualTo(Audience.INTERNAL);
        assertThat(config.knowledgeBases().get("runbooks").sources().getFirst().delay()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.answerModel().orElseThrow().timeout()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(config.cache().ttl()).isEqualTo(Duration.ofMinutes(90));
        assertThat(config.intents().modelFile()).contains("models/intents.json");
        assertThat(config.intents().hostedModel().orElseThrow().name()).isEqualTo("ft:gpt-4o-mini:acme::x");
        assertThat(config.intents().hostedModel().orElseThrow().timeout()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(config.relevanceModelFile()).contains(relevance);
        assertThat(current.deprecations()).isEmpty();
    }

    @Test
    void eachOldKeyGetsOneNoteNamingTheNewKeyAndItsValue() throws Exception {
        Path file = write("docent.yml", """
                knowledgeBases:
                  runbooks:
                    visibility: internal
                    sources:
                      - url: https://wiki.example.com/
                        delayMs: 250
                model:
                  provider: openai
                  name: gpt-4o-mini
                  timeoutSeconds: 15
                cache:
                  ttlMinutes: 60
                intents:
                  hosted:
                    model: ft:gpt-4o-mini:acme::x
                    timeoutMs: 2000
                """);

        assertThat(ConfigLoader.read(file).deprecations()).containsExactly(
                file + ":3:5: knowledgeBases.runbooks.visibility: 'visibility' is deprecated: write 'audience: internal' "
                        + "instead (the old key still works for now)",
                file + ":6:9: knowledgeBases.runbooks.sources[0].delayMs: 'delayMs' is deprecated: write 'delay: 250ms' "
                        + "instead (the old key still works for now)",
                file + ":10:3: model.timeoutSeconds: 'timeoutSeconds' is deprecated: write 'timeout: 15s' instead "
                        + "(the old key still works for now)",
                file + ":12:3: cache.ttlMinutes: 'ttlMinutes' is deprecated: write 'ttl: 1h' instead "
                        + "(the old key still works for now)",
                file + ":15:5: intents.hosted.model: 'model' is deprecated: write 'name: ft:gpt-4o-mini:acme::x' instead "
                        + "(the old key still works for now)",
                file + ":16:5: intents.hosted.timeoutMs: 'timeoutMs' is deprecated: write 'timeout: 2s' instead "
                        + "(the old key still works for now)");
    }

    @Test
    void anOldKeysValueIsCheckedWithTheOldUnit() throws Exception {
        Path file = write("docent.yml", "cache:\n  ttlMinutes: soon\n");

        assertThatThrownBy(() -> ConfigLoader.read(file))
                .hasMessage(file + ":2:15: cache.ttlMinutes: 'soon' is not a whole number (at least 1)");
    }

    @Test
    void anOldKeyBesideItsNewNameIsAConflictNotASilentChoice() throws Exception {
        Path file = write("docent.yml", "model: {provider: openai, name: x, timeout: 10s, timeoutSeconds: 20}\n");

        assertThatThrownBy(() -> ConfigLoader.read(file))
                .hasMessage(file + ":1:50: model.timeoutSeconds: give only one of 'timeout' and its old name 'timeoutSeconds'");
    }

    @Test
    void aTenantsIntentRulesMovedUnderTheTenantAndTheOldPlaceStillWorks() throws Exception {
        ConfigLoader.Loaded old = ConfigLoader.read(write("old.yml", """
                intents:
                  tenants:
                    T024BE7LD:
                      billing: {action: escalate}
                """));
        ConfigLoader.Loaded current = ConfigLoader.read(write("new.yml", """
                tenants:
                  T024BE7LD:
                    intents:
                      billing: {action: escalate}
                """));

        assertThat(old.config().intents()).isEqualTo(current.config().intents());
        assertThat(current.config().intents().tenants().get("T024BE7LD")).containsOnlyKeys("billing");
        assertThat(old.deprecations()).containsExactly(dir.resolve("old.yml") + ":2:3: intents.tenants: 'intents.tenants' is "
                + "deprecated: move each tenant's rules to tenants.<id>.intents (the old key still works for now)");
    }

    @Test
    void oneTenantRuleInBothPlacesIsAConflict() throws Exception {
        Path file = write("docent.yml", """
                tenants:
                  T1:
                    intents:
                      billing: {action: escalate}
                intents:
                  tenants:
                    T1:
                      billing: {action: answer}
                      outage: {action: escalate}
                """);

        assertThatThrownBy(() -> ConfigLoader.read(file)).hasMessage(file + ":8:7: intents.tenants.T1.billing: also given "
                + "as tenants.T1.intents.billing; keep that one and remove this");
    }

    private Path write(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }
}
