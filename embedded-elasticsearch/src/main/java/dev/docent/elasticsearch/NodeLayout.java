package dev.docent.elasticsearch;

import java.nio.file.Path;

/** Where a node keeps its files under its data directory, for both the node and its launcher. */
final class NodeLayout {

    /** Written by the node through log4j. */
    static final String LOG_FILE = "elasticsearch.log";
    /** A child node's stderr: JVM warnings and anything printed outside log4j. */
    static final String CONSOLE_LOG = "console.log";

    private NodeLayout() {
    }

    static Path home(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    static Path logs(Path home) {
        return home.resolve("logs");
    }

    static Path indices(Path home) {
        return home.resolve("data");
    }
}
