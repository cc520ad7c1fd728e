package dev.docent.core.retrieval;

/**
 * A word of a question that no passage holds, and the word the docs use that is closest to it
 * ("pasword" -> "password", "singel" -> "single").
 *
 * @param offset     where the word starts in the text that was checked
 * @param length     the word's length there
 * @param word       the word, lowercased
 * @param correction the word the docs use, lowercased
 * @param similarity how alike the two are, from 0 to 1 (Elasticsearch's term suggester: one letter
 *                   changed in a word of five scores 0.8)
 * @param pages      how many passages hold that word
 */
public record Misspelling(int offset, int length, String word, String correction, double similarity, long pages) {
}
