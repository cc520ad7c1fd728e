package dev.docent.lab.bench.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Resident memory (VmRSS, from {@code /proc/<pid>/status}: Linux only) of this process and of the
 * embedded Elasticsearch node, the child process Docent started.
 */
public final class ResidentMemory {

    /** The embedded node's main class (embedded-elasticsearch's ChildElasticsearchProcess starts it). */
    private static final String NODE_MAIN = "dev.docent.elasticsearch.ChildNodeMain";

    private ResidentMemory() {
    }

    /** Megabytes resident, or empty where /proc cannot tell (not Linux, process gone). */
    public static Optional<Double> megabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The 1-minute load average of the machine (Linux), e.g. to tell a shared machine from an idle one. */
    static Optional<Double> loadAverage() {
        try {
            return Optional.of(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The embedded node: the child of this process that runs the node's main class (the
     * supervisor starts a new one, with a new pid, after each death). Empty with ES_URL.
     */
    static Optional<ProcessHandle> embeddedNode() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> commandLine(child).contains(NODE_MAIN))
                .findFirst();
    }

    /** /proc's whole command line: ProcessHandle.Info has none for a command line as long as the node's classpath. */
    private static List<String> commandLine(ProcessHandle process) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return process.info().arguments().map(Arrays::asList).orElse(List.of());
        }
    }
}
