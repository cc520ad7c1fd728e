package dev.docent.indexer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of an office document - a zip of XML files, as Word's {@code .docx} and OpenDocument's {@code .odt} are -
 * that a reader needs, each bounded: a part that unpacks past {@link #MAX_PART_BYTES} is a zip bomb, not a document.
 */
final class ZipParts {

    static final int MAX_PART_BYTES = 64 << 20;

    private ZipParts() {
    }

    /**
     * @param kind what the document is, for the error ("Word document")
     * @return the named parts the document holds, by name, as text
     */
    static Map<String, String> read(byte[] content, Set<String> names, String kind) throws UnreadableDocumentException {
        return read(content, names::contains, kind);
    }

    /** The parts whose names {@code wanted} accepts; all of them together bounded as one part is. */
    static Map<String, String> read(byte[] content, Predicate<String> wanted, String kind) throws UnreadableDocumentException {
        Map<String, String> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (wanted.test(entry.getName())) {
                    byte[] bytes = zip.readNBytes(MAX_PART_BYTES + 1);
                    if (bytes.length > MAX_PART_BYTES) {
                        throw new UnreadableDocumentException("its " + entry.getName() + " unpacks to more than "
                                + (MAX_PART_BYTES >> 20) + " MB");
                    }
                    total += bytes.length;
                    if (total > MAX_PART_BYTES) {
                        throw new UnreadableDocumentException("its parts unpack to more than " + (MAX_PART_BYTES >> 20) + " MB");
                    }
                    parts.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable " + kind + " (" + e.getMessage() + ")");
        }
        return parts;
    }
}
