package dev.docent.core.error;

/**
 * What the user gave is wrong: a command-line argument, a question, docent.yml, an environment
 * variable, a file named on the command line. The message says which and how to fix it.
 */
public non-sealed class UserInputException extends DocentException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
