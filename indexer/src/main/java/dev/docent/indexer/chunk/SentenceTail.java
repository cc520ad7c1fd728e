package dev.docent.indexer.chunk;

import java.util.regex.Pattern;

/** The last whole sentences of a text that fit in a budget: the overlap carried into the next chunk. */
final class SentenceTail {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

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
