package dev.docent.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.CommandLineRun;
import dev.docent.app.cli.ExitCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the lab on the classpath, docent has every command a developer had before the lab was split off. */
class LabCommandsTest {

    @Test
    void docentListsTheLabsCommandsBesideTheProducts() {
        CommandLineRun help = CommandLineRun.run(Map.of(), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "--help");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).containsPattern("(?m)^\\s+chat\\s").containsPattern("(?m)^\\s+serve\\s")
                .containsPattern("(?m)^\\s+eval\\s").containsPattern("(?m)^\\s+bench\\s")
                .containsPattern("(?m)^\\s+intents\\s");
    }
}
