package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ErrorReporter;
import dev.docent.app.cli.ExitCode;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line ends each kind of failure with the exit code docs/exit-codes.md promises. */
class ExitCodesTest {

    @TempDir
    Path home;

    @Test
    void aBugIsSeventyWithOneLineAndItsStackTraceInTheErrorLog() throws Exception {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_HOME", home.toString()), settings -> {
            throw new IllegalArgumentException("index [docent-kb-x] blocked by: [FORBIDDEN/12/index read-only]");
        }, "", "ask", "how do I reset my password?");

        Path log = ErrorReporter.errorLogIn(home);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).isEqualTo("docent: an internal error occurred (IllegalArgumentException); this is a bug in Docent. "
                + "The stack trace is in " + log + "; please include it when you report the bug.\n");
        assertThat(Files.readString(log)).contains("docent ask failed:").contains("FORBIDDEN/12").contains("\tat ");
    }

    @Test
    void elasticsearchThatCannotBeReachedIsThree() {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_HOME", home.toString()), settings -> {
            throw new ElasticsearchUnavailableException("The embedded Elasticsearch node did not start: port 9200 is taken.", null);
        }, "", "kb", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).isEqualTo("docent: The embedded Elasticsearch node did not start: port 9200 is taken.\n");
    }

    @Test
    void aWrongEnvironmentVariableIsBadInputBeforeAnythingStarts() {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_HTTP_PORT", "eighty"), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "serve");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: DOCENT_HTTP_PORT must be a port number (0-65535), was: eighty\n");
    }

    @Test
    void aConfigurationFileThatIsNotThereIsBadInput() {
        Path missing = home.resolve("docent.yml");
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_CONFIG", missing.toString()), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "kb", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: " + missing + ": no such file\n");
    }

    @Test
    void aMistypedOptionIsTwo() {
        CommandLineRun run = CommandLineRun.run(Map.of(), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "ask", "--jsn", "hello?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
