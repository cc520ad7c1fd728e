package dev.docent.core.error;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Describes why an I/O call failed in Docent's own words - "connection refused", "timed out" -
 * instead of passing a library's message on to the user. The library's message and stack trace
 * belong in the log.
 */
public final class Causes {

    private Causes() {
    }

    /** The first network failure in {@code failure}'s causes, described; empty if there is none. */
    public static Optional<String> network(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String described = networkWords(t);
            if (described != null) {
                return Optional.of(described);
            }
        }
        return Optional.empty();
    }

    /** A short description of the deepest cause Docent has words for; else the failure's kind. */
    public static String describe(Throwable failure) {
        String best = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String words = networkWords(t);
            if (words == null) {
                words = fileWords(t);
            }
            if (words != null) {
                best = words;
            }
        }
        return best != null ? best : "an unexpected " + deepest(failure).getClass().getSimpleName();
    }

    private static String networkWords(Throwable t) {
        return switch (t) {
            case ConnectException e -> "connection refused";
            case UnknownHostException e -> "unknown host" + (e.getMessage() == null ? "" : " " + e.getMessage().split(":")[0]);
            case NoRouteToHostException e -> "no route to host";
            case PortUnreachableException e -> "port unreachable";
            case HttpConnectTimeoutException e -> "the connection timed out";
            case HttpTimeoutException e -> "no answer in time";
            case SocketTimeoutException e -> "no answer in time";
            case SSLException e -> "the TLS handshake failed (check the certificate and the scheme, http or https)";
            default -> null;
        };
    }

    private static String fileWords(Throwable t) {
        return switch (t) {
            case NoSuchFileException e -> "no such file or directory";
            case AccessDeniedException e -> "permission denied";
            case NotDirectoryException e -> "not a directory";
            case FileNotFoundException e -> "no such file, or it cannot be opened";
            case FileSystemException e -> "the file system refused the operation";
            default -> null;
        };
    }

    private static Throwable deepest(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
