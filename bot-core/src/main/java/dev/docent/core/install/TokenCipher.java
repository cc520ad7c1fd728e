package dev.docent.core.install;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals tokens before they are stored and opens them when read: AES-256-GCM with a fresh random
 * nonce for every value, so the same token never looks the same twice and any change to a stored
 * value is detected. Each value is bound to what it belongs to (a team id): a sealed token copied
 * onto another team's record does not open.
 */
public final class TokenCipher {

    /** AES-256. */
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * @param base64Key 32 random bytes in base64 ({@code openssl rand -base64 32})
     * @param name      the variable it came from, for the error: the key itself is never repeated
     */
    public static TokenCipher fromBase64Key(String base64Key, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not base64: it must be " + KEY_BYTES
                    + " random bytes in base64 (openssl rand -base64 32).");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES + " bytes in base64 (openssl rand -base64 32), was "
                    + key.length + " bytes.");
        }
        return new TokenCipher(key);
    }

    /** The token sealed for {@code owner}: base64 of nonce, ciphertext and tag. */
    public String seal(String token, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = run(Cipher.ENCRYPT_MODE, nonce, owner, token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Every JDK has AES-GCM and the key's length was checked: this is a broken runtime.
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /**
     * The token {@link #seal} sealed for {@code owner}.
     *
     * @throws UnreadableTokenException when this key did not seal it, or the value was altered
     */
    public String open(String sealed, String owner) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new UnreadableTokenException(owner, e);
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new UnreadableTokenException(owner, null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] rest = new byte[buffer.remaining()];
        buffer.get(rest);
        try {
            return new String(run(Cipher.DECRYPT_MODE, nonce, owner, rest), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableTokenException(owner, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    private byte[] run(int mode, byte[] nonce, String owner, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(input);
    }
}
