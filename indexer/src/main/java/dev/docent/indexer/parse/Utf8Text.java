package dev.docent.indexer.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and refuses anything else. A lenient decoder would index mojibake that
 * then shows up, quoted, in answers; better to report the file and let someone fix it.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static String decode(byte[] bytes) throws UnreadableDocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            CharBuffer text = decoder.decode(input);
            String decoded = text.toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(
                    "not valid UTF-8 (first bad byte near offset " + input.position() + "); save it as UTF-8");
        }
    }
}
