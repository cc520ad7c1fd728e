package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ExitCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What ships (bot-app without the lab) answers, serves and indexes; benchmarks and training are the lab's. */
class ShippedCommandsTest {

    @Test
    void theShippedCommandLineHasNoBenchEvalOrIntentsCommands() {
        CommandLineRun help = run("--help");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("chat", "ask", "index", "kb", "serve")
                .doesNotContainPattern("(?m)^\\s+(bench|eval|intents)\\s");
        assertThat(run("bench", "retrieval", "--beir", "x").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private static CommandLineRun run(String... args) {
        return CommandLineRun.run(Map.of(), settings -> {
            throw new AssertionError("nothing may start");
        }, "", args);
    }
}
