package dev.docent.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

final class Fixtures {

    private Fixtures() {
    }

    static ElasticsearchClient client(URI uri) {
        return ElasticsearchClient.of(config -> config.host(uri));
    }

    /**
     * This JVM's classpath, standing in for the node zip's {@code lib/} (the zip is built after the
     * tests run). Under Surefire it is a manifest-only jar that names the real entries.
     */
    static List<Path> classpathOfThisJvm() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Polls rather than sleeping for a guessed time. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (condition.getAsBoolean() == false) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
