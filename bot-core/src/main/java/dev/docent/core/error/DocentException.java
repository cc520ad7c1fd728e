package dev.docent.core.error;

/**
 * A failure Docent expected and can explain. Its message is written for the person who reads it -
 * someone at a terminal, an admin in chat - and says what went wrong and, where it can, what to do.
 * There are three kinds, and each tells the caller something different:
 * <ul>
 *   <li>{@link UserInputException}: what the user gave is wrong (an argument, docent.yml, an
 *       environment variable, a file); they can fix it.</li>
 *   <li>{@link UnavailableException}: a service Docent depends on cannot be reached or refuses
 *       Docent; fixing the connection or the credentials, or trying later, helps.</li>
 *   <li>{@link ConflictException}: the request collides with work in progress; trying again once it
 *       ends succeeds.</li>
 * </ul>
 * Anything that is not a DocentException and escapes to the top is a bug in Docent.
 */
public abstract sealed class DocentException extends RuntimeException
        permits UserInputException, UnavailableException, ConflictException {

    protected DocentException(String message) {
        super(message);
    }

    protected DocentException(String message, Throwable cause) {
        super(message, cause);
    }
}
