package dev.docent.app.cli;

/** Exit codes scripts can rely on. */
public final class ExitCode {

    public static final int OK = 0;
    /** Bad input: an empty question, an unknown knowledge base, a missing directory. */
    public static final int BAD_INPUT = 1;
    /** Command-line usage errors (picocli's own code). */
    public static final int USAGE = 2;
    /** Elasticsearch could not be reached, refused the credentials, or the embedded node did not start. */
    public static final int ELASTICSEARCH_UNAVAILABLE = 3;
    /** An indexing run finished but some documents could not be indexed. */
    public static final int PARTIAL = 4;
    /** Another process is reindexing the same knowledge base; try again when it is done. */
    public static final int BUSY = 5;
    /** A bug: something Docent did not expect. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
