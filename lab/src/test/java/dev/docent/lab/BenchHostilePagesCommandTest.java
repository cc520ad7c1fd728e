package dev.docent.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.CommandLineRun;
import dev.docent.app.cli.ExitCode;
import dev.docent.lab.bench.HostilePages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchHostilePagesCommandTest {

    @Test
    void everyPageBuiltToStallAReaderIsRead() {
        // A generous patience is a guard against a hang, not a speed check: speed is what the command prints.
        CommandLineRun run = CommandLineRun.run(Map.of(), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "bench", "hostile-pages", "--patience", "600");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().skip(1)).as("each read: a time and a count, not a failure")
                .hasSize(HostilePages.pages(1).size())
                .allSatisfy(line -> assertThat(line).matches(".+\\s\\d+\\s+\\d+\\.\\d{2}\\s+\\d+"));
    }

    @Test
    void aScaleOutOfRangeIsBadInput() {
        CommandLineRun run = CommandLineRun.run(Map.of(), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "bench", "hostile-pages", "--scale", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--scale takes 1 to 100");
    }
}
