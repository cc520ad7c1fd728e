package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.ElasticsearchStarter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about docent.yml before it starts anything: problems and old keys, once each. */
class ConfigWarningsTest {

    private static final ElasticsearchStarter NEVER = settings -> {
        throw new AssertionError("Elasticsearch must not be started");
    };

    @TempDir
    Path dir;

    @Test
    void anOldKeyIsAWarningOnStderrOnceAndTheCommandRunsOn() throws Exception {
        Path config = Files.writeString(dir.resolve("staging.yml"), """
                knowledgeBases:
                  runbooks:
                    visibility: internal
                cache:
                  ttlMinutes: 30
                """);

        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_CONFIG", config.toString()), NEVER, "", "index", "--kb", "runbooks");

        assertThat(run.err()).startsWith("""
                docent: warning: %1$s:3:5: knowledgeBases.runbooks.visibility: 'visibility' is deprecated: write 'audience: internal' instead (the old key still works for now)
                docent: warning: %1$s:5:3: cache.ttlMinutes: 'ttlMinutes' is deprecated: write 'ttl: 30m' instead (the old key still works for now)
                docent: 'runbooks' has no sources in %1$s""".formatted(config));
        assertThat(run.err().split("is deprecated", -1)).hasSize(3);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void everyProblemIsALineOfItsOwnAndNothingStarts() throws Exception {
        Path config = Files.writeString(dir.resolve("docent.yml"), """
                knowledgeBases:
                  docs: {audience: everyone}
                model: {provider: openai, name: gpt-4o-mini, timeout: 20}
                """);

        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_CONFIG", config.toString()), NEVER, "", "ask", "how do I reset my password?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("""
                docent: %1$s:2:20: knowledgeBases.docs.audience: 'everyone' is not one of: public, internal
                docent: %1$s:3:55: model.timeout: '20' is not a duration: give its unit, e.g. 20s (ms, s, m, h or d)
                """.formatted(config));
        assertThat(run.elasticsearchStarts()).isZero();
    }
}
