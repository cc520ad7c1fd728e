package dev.docent.core.chat;

/**
 * A chat platform Docent serves (Slack, Discord): started by {@code docent serve} when configured,
 * reported by the health endpoint, closed on shutdown.
 */
public interface ChatPlatform extends AutoCloseable {

    /** "slack", "discord": for health reports and logs. */
    String name();

    /** Connects to the platform; returns once Docent can receive its events. */
    void start();

    /** Whether the platform connection is up right now. */
    boolean connected();

    @Override
    void close();
}
