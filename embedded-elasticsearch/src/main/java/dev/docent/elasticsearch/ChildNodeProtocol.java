package dev.docent.elasticsearch;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one line a child node prints on its stdout: {@code DOCENT_ES_READY port=<port>} once it
 * serves HTTP, or {@code DOCENT_ES_FAILED <reason>} before it exits with a non-zero status.
 */
final class ChildNodeProtocol {

    static final String READY = "DOCENT_ES_READY port=";
    static final String FAILED = "DOCENT_ES_FAILED ";

    private ChildNodeProtocol() {
    }

    static String ready(int port) {
        return READY + port;
    }

    static String failed(String reason) {
        return FAILED + reason.replaceAll("\\s+", " ").strip();
    }

    static OptionalInt readyPort(String line) {
        return line.startsWith(READY) ? OptionalInt.of(Integer.parseInt(line.substring(READY.length()).strip())) : OptionalInt.empty();
    }

    static Optional<String> failureReason(String line) {
        return line.startsWith(FAILED) ? Optional.of(line.substring(FAILED.length())) : Optional.empty();
    }
}
