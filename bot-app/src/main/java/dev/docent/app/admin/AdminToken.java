package dev.docent.app.admin;

import dev.docent.core.error.UserInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The secret that opens the admin page: {@code DOCENT_ADMIN_TOKEN}. Without it the page does not
 * exist. A guess is compared in constant time - both sides are hashed first, so neither the
 * contents nor the length of the token leak through timing.
 */
public final class AdminToken {

    public static final String VARIABLE = "DOCENT_ADMIN_TOKEN";
    /** 16 characters of a random hex or base64 string are 64 bits or more: beyond guessing at any rate a server allows. */
    static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = sha256(token);
    }

    /** The token from the environment; none when the variable is unset or empty; a token too short to be safe is refused. */
    public static Optional<AdminToken> fromEnvironment(Map<String, String> env) {
        String token = env.get(VARIABLE);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        if (token.strip().length() < MIN_LENGTH) {
            throw new UserInputException(VARIABLE + " must be at least " + MIN_LENGTH
                    + " characters: make one with `openssl rand -hex 32`.");
        }
        return Optional.of(new AdminToken(token.strip()));
    }

    boolean matches(String guess) {
        return guess != null && MessageDigest.isEqual(digest, sha256(guess.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
