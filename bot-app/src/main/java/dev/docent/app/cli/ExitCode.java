package dev.docent.app.cli;

import dev.docent.core.error.ConflictException;
import dev.docent.core.error.UnavailableException;
import dev.docent.core.error.UserInputException;

/**
 * Exit codes scripts can rely on, and the one place that decides which failure ends with which
 * (docs/exit-codes.md lists them).
 */
public final class ExitCode {

    public static final int OK = 0;
    /**
     * Bad input: an empty question, an unknown knowledge base, a missing directory, a wrong
     * docent.yml or environment variable, a file that cannot be read.
     */
    public static final int BAD_INPUT = 1;
    /** Command-line usage errors (picocli's own code). */
    public static final int USAGE = 2;
    /**
     * A service Docent needs cannot be reached or refuses Docent: Elasticsearch (or the embedded node
     * did not start), Slack, Discord, a documentation site or git remote.
     */
    public static final int UNAVAILABLE = 3;
    /** An indexing run finished but some documents could not be indexed. */
    public static final int PARTIAL = 4;
    /** Another process is reindexing the same knowledge base; try again when it is done. */
    public static final int BUSY = 5;
    /** A bug: something Docent did not expect. The stack trace is in the error log. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }

    /** The code a failure ends the command with; anything that is not one of Docent's own failures is a bug. */
    public static int of(Throwable failure) {
        return switch (failure) {
            case UserInputException badInput -> BAD_INPUT;
            case UnavailableException unavailable -> UNAVAILABLE;
            case ConflictException busy -> BUSY;
            default -> INTERNAL;
        };
    }
}
