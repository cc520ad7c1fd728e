package dev.docent.app.cli;

import dev.docent.core.error.DocentException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into words on stderr and an exit code scripts can act on ({@link ExitCode#of}).
 * Docent's own failures ({@link DocentException}) are written for users: their message is shown as
 * it is, one {@code docent: } line per line. Anything else is a bug: the user is told so in one line
 * that names the error log, and the stack trace goes there (and to the log at debug level) - never
 * a library's message or a stack trace on the terminal.
 */
public final class ErrorReporter implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final PrintStream err;
    private final Optional<Path> errorLog;

    /**
     * @param errorLog where the stack traces of bugs are appended (DOCENT_HOME/logs/errors.log);
     *                 empty when not even the settings could be read
     */
    public ErrorReporter(PrintStream err, Optional<Path> errorLog) {
        this.err = err;
        this.errorLog = errorLog;
    }

    /** The error log under Docent's home directory. */
    public static Path errorLogIn(Path home) {
        return home.resolve("logs").resolve("errors.log");
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getCommandName());
    }

    /** Reports a failure that ended {@code command}; returns its exit code. */
    public int report(Throwable failure, String command) {
        Throwable e = unwrap(failure);
        int code = ExitCode.of(e);
        if (e instanceof DocentException known) {
            log.debug("'{}' failed (exit code {})", command, code, known);
            String message = known.getMessage() == null || known.getMessage().isBlank()
                    ? known.getClass().getSimpleName() : known.getMessage();
            message.lines().forEach(line -> err.println("docent: " + line));
        } else {
            log.debug("'{}' failed unexpectedly", command, e);
            err.println("docent: an internal error occurred (" + e.getClass().getSimpleName() + "); this is a bug in Docent. "
                    + recordStackTrace(e, command));
        }
        err.flush();
        return code;
    }

    /** Where a failure's real cause hides behind the wrappers of futures and of picocli. */
    static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException || e instanceof CommandLine.ExecutionException)
                && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    private String recordStackTrace(Throwable e, String command) {
        String hint = "Run again with DOCENT_LOG_LEVEL=debug to see its stack trace.";
        if (errorLog.isEmpty()) {
            return hint;
        }
        Path file = errorLog.get();
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            writer.printf("%s docent %s failed:%n", Instant.now(), command);
            e.printStackTrace(writer);
            writer.println();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "The stack trace is in " + file + "; please include it when you report the bug.";
        } catch (IOException | RuntimeException cannotWrite) {
            log.debug("could not append to the error log {}", file, cannotWrite);
            return hint;
        }
    }
}
