package dev.docent.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String TOKEN = "xoxb-1234-5678-secretpart";

    @Test
    void aSealedTokenOpensWithTheSameKeyAndLooksDifferentEveryTime() {
        TokenCipher cipher = TokenCipher.fromBase64Key(newKey(), "SLACK_TOKEN_KEY");

        String once = cipher.seal(TOKEN, "T1");
        String twice = cipher.seal(TOKEN, "T1");

        assertThat(once).doesNotContain("xoxb").doesNotContain("secretpart").isNotEqualTo(twice);
        assertThat(cipher.open(once, "T1")).isEqualTo(TOKEN);
        assertThat(cipher.open(twice, "T1")).isEqualTo(TOKEN);
    }

    @Test
    void anAlteredValueIsRefusedNotMisread() {
        TokenCipher cipher = TokenCipher.fromBase64Key(newKey(), "SLACK_TOKEN_KEY");
        byte[] sealed = Base64.getDecoder().decode(cipher.seal(TOKEN, "T1"));
        sealed[sealed.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(sealed), "T1"))
                .isInstanceOf(UnreadableTokenException.class)
                .hasMessageContaining("SLACK_TOKEN_KEY is not the key it was stored with, or the stored record was altered");
        assertThatThrownBy(() -> cipher.open("not base64!", "T1")).isInstanceOf(UnreadableTokenException.class);
        assertThatThrownBy(() -> cipher.open("AAAA", "T1")).isInstanceOf(UnreadableTokenException.class);
    }

    @Test
    void anotherKeyCannotOpenItAndSaysWhy() {
        String sealed = TokenCipher.fromBase64Key(newKey(), "SLACK_TOKEN_KEY").seal(TOKEN, "T1");

        assertThatThrownBy(() -> TokenCipher.fromBase64Key(newKey(), "SLACK_TOKEN_KEY").open(sealed, "T1"))
                .isInstanceOf(UnreadableTokenException.class)
                .hasMessageContaining("The stored token of T1 cannot be decrypted")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void aTokenMovedToAnotherTeamsRecordDoesNotOpen() {
        TokenCipher cipher = TokenCipher.fromBase64Key(newKey(), "SLACK_TOKEN_KEY");

        assertThatThrownBy(() -> cipher.open(cipher.seal(TOKEN, "T1"), "T2")).isInstanceOf(UnreadableTokenException.class);
    }

    @Test
    void aShortOrMalformedKeyIsAClearErrorThatDoesNotRepeatIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> TokenCipher.fromBase64Key(shortKey, "SLACK_TOKEN_KEY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SLACK_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32), was 16 bytes.");
        assertThatThrownBy(() -> TokenCipher.fromBase64Key("my-passphrase!", "SLACK_TOKEN_KEY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SLACK_TOKEN_KEY is not base64")
                .hasMessageNotContaining("my-passphrase");
    }

    static String newKey() {
        byte[] key = new byte[TokenCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
