package dev.docent.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged at INFO and above while it is open, as Docent logs in production: for tests
 * that prove users' words and secrets never reach the log.
 */
public final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level level = root.getLevel();

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
    }

    public static CapturedLogs atInfo() {
        return new CapturedLogs();
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Whether any line, its message or its key-value pairs, contains the text. */
    public boolean mention(String text) {
        return events().stream().anyMatch(e -> (e.getFormattedMessage() + e.getKeyValuePairs()).contains(text));
    }

    @Override
    public void close() {
        root.setLevel(level);
        root.detachAppender(appender);
    }
}
