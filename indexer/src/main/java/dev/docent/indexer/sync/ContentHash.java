package dev.docent.indexer.sync;

import dev.docent.indexer.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's content hash: SHA-256 over its bytes, its URL and format, and the chunking
 * settings. Anything that would change its passages changes the hash, so "same hash" safely
 * means "nothing to parse or embed again".
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(SourceDocument document, byte[] content, String pipelineSettings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((pipelineSettings + "\n" + document.url() + "\n" + document.format() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
