package dev.docent.core.install;

/**
 * A stored token that does not open: the key is not the one it was sealed with, or the stored
 * value was changed. Never the token's text, which cannot be trusted, nor the key.
 */
public final class UnreadableTokenException extends IllegalStateException {

    UnreadableTokenException(String owner, Throwable cause) {
        super("The stored token of " + owner + " cannot be decrypted: SLACK_TOKEN_KEY is not the key it was stored with, "
                + "or the stored record was altered. Restore the key it was stored with, or have the workspace install "
                + "Docent again.", cause);
    }
}
