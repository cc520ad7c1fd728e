package dev.docent.app.cli;

import dev.docent.core.error.ConflictException;
import dev.docent.core.error.UnavailableException;
import dev.docent.core.error.UserInputException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns a failure into one line on stderr and an exit code scripts can act on. Stack traces are
 * for bugs only, and go to the log at debug level.
 */
public final class ErrorReporter implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final PrintStream err;

    public ErrorReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int code = switch (e) {
            case UserInputException badInput -> ExitCode.BAD_INPUT;
            case UnavailableException unavailable -> ExitCode.ELASTICSEARCH_UNAVAILABLE;
            case ConflictException busy -> ExitCode.BUSY;
            case IllegalArgumentException badInput -> ExitCode.BAD_INPUT;
            case UncheckedIOException io -> ExitCode.BAD_INPUT;
            default -> ExitCode.INTERNAL;
        };
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (code == ExitCode.INTERNAL) {
            log.debug("Unexpected failure", e);
            err.println("docent: unexpected error: " + message + " (run with DOCENT_LOG_LEVEL=debug for details)");
        } else {
            err.println("docent: " + message);
        }
        err.flush();
        return code;
    }
}
