package dev.docent.app.server;

import dev.docent.core.error.Causes;
import dev.docent.core.error.DocentException;
import dev.docent.core.error.UnavailableException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a chat platform did not start, in words for the person running {@code docent serve}. The
 * adapters say what they were doing ("Discord refused DISCORD_TOKEN ...") and often append the
 * client library's own message; that part is left to the log. A platform that does not start is a
 * service that is unavailable - unreachable, or refusing Docent's token - not a bug.
 */
final class PlatformFailures {

    private PlatformFailures() {
    }

    static DocentException whenStarting(String platform, RuntimeException failure) {
        if (failure instanceof DocentException known) {
            return known;
        }
        String name = displayName(platform);
        String message = Causes.network(failure).or(() -> connectionFailureInWords(failure))
                .map(why -> "Cannot reach " + name + ": " + why + ".")
                .orElseGet(() -> ownWords(failure).orElse(name + " did not start."));
        return new UnavailableException(name, message + " (The log at DOCENT_LOG_LEVEL=debug has the details.)", failure);
    }

    /** The adapter's message without the cause's message it quotes; empty when nothing of its own is left. */
    private static Optional<String> ownWords(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        Throwable cause = failure.getCause();
        String quoted = cause == null ? null : cause.getMessage();
        if (quoted != null && !quoted.isBlank() && !quoted.equals(message)) {
            int at = message.indexOf(quoted);
            if (at >= 0) {
                message = message.substring(0, at).replaceAll("[\\s:(\\-]+$", "");
            }
        } else if (cause == null && !namesAPlatform(message)) {
            return Optional.empty();
        }
        return message.isBlank() ? Optional.empty() : Optional.of(message.endsWith(".") ? message : message + ".");
    }

    /**
     * Bolt reports an auth.test it could not even send as "The token is invalid (error: Failed to
     * connect to /host:port)", without the cause: its words are the only sign that Slack was not reached.
     */
    private static Optional<String> connectionFailureInWords(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Failed to connect to") || message.contains("Connection refused"))) {
                return Optional.of("the connection failed");
            }
        }
        return Optional.empty();
    }

    /** An adapter's own message names its platform; a library's bare message rarely does. */
    private static boolean namesAPlatform(String message) {
        return message.contains("Slack") || message.contains("Discord") || message.contains("SLACK_") || message.contains("DISCORD_");
    }

    private static String displayName(String platform) {
        return platform.isEmpty() ? platform : platform.substring(0, 1).toUpperCase(Locale.ROOT) + platform.substring(1);
    }
}
