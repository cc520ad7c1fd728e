package dev.docent.indexer.parse;

import java.text.Normalizer;

/** A letter under an accent command (Texinfo's {@code @'e}, LaTeX's {@code \'e}) as the one character it makes. */
final class CombiningAccents {

    private CombiningAccents() {
    }

    /** The letter with the combining mark over or under it; a dotless i or j takes its dot's place under an accent. */
    static String on(String letter, char mark) {
        String base = letter.replace('ı', 'i').replace('ȷ', 'j');
        return base.isEmpty() ? "" : Normalizer.normalize(base + mark, Normalizer.Form.NFC);
    }
}
