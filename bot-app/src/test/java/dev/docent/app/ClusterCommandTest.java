package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docent cluster}'s refusals; the cluster it starts is {@code EmbeddedCluster}, started and
 * killed by its own test and by the fault suite.
 */
class ClusterCommandTest {

    @TempDir
    Path home;

    @Test
    void aClusterOfNoNodesIsBadInput() {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_HOME", home.toString()), settings -> {
            throw new AssertionError("the cluster command never starts Docent's own node");
        }, "", "cluster", "--nodes", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: --nodes must be between 1 and 9, not 0\n");
    }

    @Test
    void withoutTheNodesJarsItSaysHowToGetThem() {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_HOME", home.toString(),
                "DOCENT_ES_NODE_LIB", home.resolve("no-such-lib").toString()), settings -> {
            throw new AssertionError("the cluster command never starts Docent's own node");
        }, "", "cluster");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).contains("The embedded Elasticsearch node is missing from").contains("rebuild with ./docent");
    }
}
