package dev.docent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.config.InvalidConfigException;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.core.error.UnavailableException;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.reindex.ReindexInProgressException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every failure ends with the exit code README promises, and the user never sees a library's words or a stack trace. */
class ErrorReporterTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badInputIsExitCodeOneAndItsOwnMessage() {
        assertThat(run(new InvalidQuestionException("The question is empty: ask something about the documentation.")))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).isEqualTo("docent: The question is empty: ask something about the documentation.\n");

        assertThat(run(new UnknownKnowledgeBaseException(List.of("nope"), List.of("sample")))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run(new UserInputException("Cannot index /tmp/x: it is not a directory."))).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void everyProblemOfAConfigurationIsALineOfItsOwn() {
        int code = run(new InvalidConfigException("""
                /etc/docent.yml:3:5: knowledgeBases.docs.visibilty: unknown key (did you mean 'audience'?)
                /etc/docent.yml:9:14: model.timeout: '20' is not a duration: give a unit, e.g. 20s"""));

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr()).isEqualTo("""
                docent: /etc/docent.yml:3:5: knowledgeBases.docs.visibilty: unknown key (did you mean 'audience'?)
                docent: /etc/docent.yml:9:14: model.timeout: '20' is not a duration: give a unit, e.g. 20s
                """);
    }

    @Test
    void unreachableServicesAreExitCodeThreeNotTheUsersMistake() {
        assertThat(run(new ElasticsearchUnavailableException("Elasticsearch is not reachable at http://es:9200: connection refused",
                new ConnectException("Connection refused")))).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(stderr()).isEqualTo("docent: Elasticsearch is not reachable at http://es:9200: connection refused\n");

        assertThat(run(new UnavailableException("Slack", "Cannot reach Slack: connection refused.", null)))
                .isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run(new UnavailableException("Discord", "Discord refused DISCORD_TOKEN.", null)))
                .isEqualTo(ExitCode.UNAVAILABLE);
    }

    @Test
    void aReindexAlreadyRunningIsExitCodeFive() {
        assertThat(run(new ReindexInProgressException("Knowledge base 'docs' is being reindexed by replica-a")))
                .isEqualTo(ExitCode.BUSY);
        assertThat(stderr()).isEqualTo("docent: Knowledge base 'docs' is being reindexed by replica-a\n");
    }

    @Test
    void docentsOwnFailureInsideAFutureIsStillRecognised() {
        assertThat(run(new CompletionException(new ElasticsearchUnavailableException("Elasticsearch is down", null))))
                .isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(stderr()).isEqualTo("docent: Elasticsearch is down\n");
    }

    @Test
    void anUnexpectedIllegalArgumentIsABugNotBadInput() throws IOException {
        int code = run(new IllegalArgumentException("Cannot invoke \"String.length()\" because \"s\" is null"));

        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        Path log = ErrorReporter.errorLogIn(home);
        assertThat(stderr()).isEqualTo("docent: an internal error occurred (IllegalArgumentException); this is a bug in Docent. "
                + "The stack trace is in " + log + "; please include it when you report the bug.\n");
        assertThat(Files.readString(log)).contains("docent failing failed:")
                .contains("java.lang.IllegalArgumentException: Cannot invoke \"String.length()\"")
                .contains("\tat ");
    }

    @Test
    void anUnexpectedIoFailureIsABugAndShowsNeitherTheLibrarysMessageNorAStackTrace() {
        int code = run(new UncheckedIOException("Broken pipe (Write failed)", new IOException("Broken pipe (Write failed)")));

        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        String shown = stderr();
        assertThat(shown).startsWith("docent: an internal error occurred (UncheckedIOException)")
                .doesNotContain("Broken pipe").doesNotContain("\tat ");
        assertThat(shown.lines()).hasSize(1);
    }

    @Test
    void aCheckedExceptionFromACommandIsABugToo() {
        assertThat(run(new FailingCall(new IOException("Stream closed")))).isEqualTo(ExitCode.INTERNAL);
        assertThat(stderr()).startsWith("docent: an internal error occurred (IOException)").doesNotContain("Stream closed");
    }

    @Test
    void withoutAnErrorLogTheUserIsToldHowToSeeTheStackTrace() {
        ErrorReporter reporter = new ErrorReporter(new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty());

        assertThat(reporter.report(new NullPointerException(), "ask")).isEqualTo(ExitCode.INTERNAL);
        assertThat(stderr()).isEqualTo("docent: an internal error occurred (NullPointerException); this is a bug in Docent. "
                + "Run again with DOCENT_LOG_LEVEL=debug to see its stack trace.\n");
    }

    @Test
    void aMistypedOptionIsAUsageError() {
        CommandLine commandLine = commandLine(new FailingCall(new IllegalStateException("never reached")));

        assertThat(commandLine.execute("--no-such-option")).isEqualTo(ExitCode.USAGE);
    }

    private int run(RuntimeException failure) {
        return run(new FailingCall(failure));
    }

    private int run(FailingCall command) {
        return commandLine(command).execute();
    }

    private CommandLine commandLine(FailingCall command) {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(command)
                .setErr(new java.io.PrintWriter(stream, true))
                .setExecutionExceptionHandler(new ErrorReporter(stream, Optional.of(ErrorReporter.errorLogIn(home))));
    }

    private String stderr() {
        String text = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return text;
    }

    @Command(name = "failing")
    static final class FailingCall implements Callable<Integer> {

        private final Exception failure;

        FailingCall(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }
}
