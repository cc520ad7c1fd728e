package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    private static final Duration GONE_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void childNodeServesHttpUntilClosed() throws IOException, InterruptedException {
        long pid;
        try (ChildElasticsearchProcess child = ChildElasticsearchProcess.start(options());
                ElasticsearchClient client = Fixtures.client(child.httpUri())) {
            pid = child.pid();
            assertThat(client.info().version().number()).isEqualTo("9.5.3");
            assertThat(Fixtures.isAlive(pid)).isTrue();
        }
        Fixtures.await("the child to exit", GONE_WITHIN, () -> Fixtures.isAlive(pid) == false);
    }

    @Test
    void secondDocentOnTheSameDirectoryGetsOneClearLine() {
        EmbeddedElasticsearch holder = EmbeddedElasticsearch.start(dataDir);
        try {
            assertThatThrownBy(() -> ChildElasticsearchProcess.start(options()))
                    .isInstanceOf(EmbeddedElasticsearchException.class)
                    .hasMessage("another Docent is already using " + dataDir.toAbsolutePath().normalize());
        } finally {
            holder.close();
        }
    }

    @Test
    void childDiesWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder(javaOf(ProcessHandle.current()), "-cp", System.getProperty("java.class.path"),
                ParentThatDies.class.getName(), dataDir.toString())
                .redirectError(Redirect.appendTo(dataDir.resolve("parent-stderr.log").toFile()))
                .start();
        long childPid = 0;
        try {
            childPid = childPidPrintedBy(parent);
            assertThat(Fixtures.isAlive(childPid)).isTrue();

            parent.destroyForcibly().waitFor();
            long orphan = childPid;
            Fixtures.await("the orphaned child to exit", GONE_WITHIN, () -> Fixtures.isAlive(orphan) == false);
        } finally {
            parent.destroyForcibly();
            ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void slowStartIsAClearErrorWithTheLogTail() {
        ChildNodeOptions impatient = options().withStartupTimeout(Duration.ofSeconds(1));

        assertThatThrownBy(() -> ChildElasticsearchProcess.start(impatient))
                .isInstanceOf(EmbeddedElasticsearchException.class)
                .hasMessageStartingWith("Elasticsearch did not start within 1 s on " + dataDir.toAbsolutePath().normalize())
                .hasMessageContaining("Last lines of " + dataDir.resolve("logs"));
        assertThat(childrenOfThisJvm()).isEmpty();
    }

    @Test
    void childThatCannotRunReportsWhatItSaid() throws IOException {
        Path emptyClasspath = Files.createDirectories(dataDir.resolve("no-jars"));
        ChildNodeOptions broken = ChildNodeOptions.forClasspath(dataDir, List.of(emptyClasspath));

        assertThatThrownBy(() -> ChildElasticsearchProcess.start(broken))
                .isInstanceOf(EmbeddedElasticsearchException.class)
                .hasMessageStartingWith("Elasticsearch exited with status 1 before it was ready")
                .hasMessageContaining(ChildElasticsearchProcess.MAIN_CLASS);
    }

    @Test
    void launcherNamesTheChildsMainClass() {
        assertThat(ChildElasticsearchProcess.MAIN_CLASS).isEqualTo(ChildNodeMain.class.getName());
    }

    private ChildNodeOptions options() {
        return ChildNodeOptions.forClasspath(dataDir, Fixtures.classpathOfThisJvm());
    }

    private static long childPidPrintedBy(Process parent) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                return reader.lines().filter(l -> l.startsWith(ParentThatDies.CHILD_PID)).findFirst().orElse("");
            } catch (IOException e) {
                return "";
            }
        });
        String printed = line.get(GONE_WITHIN.toSeconds(), TimeUnit.SECONDS);
        assertThat(printed).as("the parent's report").startsWith(ParentThatDies.CHILD_PID);
        return Long.parseLong(printed.substring(ParentThatDies.CHILD_PID.length()).strip());
    }

    private static String javaOf(ProcessHandle process) {
        return process.info().command().orElseThrow();
    }

    private static String childrenOfThisJvm() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .collect(Collectors.joining(", "));
    }
}
