package dev.docent.app.cli;

import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Files the user names on the command line. Failing to read or write one (no such file, no
 * permission, a full disk) is for the user to fix, so it is said in Docent's words and ends with
 * exit code 1, not as a bug.
 */
public final class UserFiles {

    /** File work that may fail. */
    @FunctionalInterface
    public interface FileWork<T> {
        T run() throws IOException;
    }

    private UserFiles() {
    }

    public static <T> T reading(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + file + ": " + Causes.describe(e), e);
        }
    }

    public static <T> T writing(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + file + ": " + Causes.describe(e), e);
        }
    }
}
