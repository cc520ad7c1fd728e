package dev.docent.indexer.chunk;

import java.util.regex.Pattern;

/**
 * The last whole sentences of a text that fit in a budget: the overlap carried into the next chunk. A
 * stop after an abbreviation, or before a word in lower case, ends no sentence: git's "its second
 * parent (i.e. foreign commit I merged from) has the change" opened the next chunk at "foreign commit",
 * and answers quoted that piece after the whole sentence.
 */
final class SentenceTail {

    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?])(?<!(?i:\\be\\.g|\\bi\\.e|\\betc|\\bvs|\\bcf)\\.)\\s+(?!\\p{Ll})");

    private SentenceTail() {
    }

    static String of(String text, int maxChars) {
        if (maxChars <= 0) {
            return "";
        }
        String[] sentences = SENTENCE_END.split(text.strip());
        String tail = "";
        for (int i = sentences.length - 1; i > 0; i--) {
            String candidate = tail.isEmpty() ? sentences[i] : sentences[i] + " " + tail;
            if (candidate.length() > maxChars) {
                break;
            }
            tail = candidate;
        }
        return tail;
    }
}
