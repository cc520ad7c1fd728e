package dev.docent.core.answer;

/**
 * A numbered source of an answer. {@code number} is the [n] that appears in the answer text;
 * {@code section} is the heading path inside the page ("Webhooks > Retries"), empty for the top;
 * {@code documentId} names the page within its knowledge base (its path in the source), which
 * evaluations and reports count pages by.
 */
public record Citation(int number, String title, String section, String url, String knowledgeBase, String documentId,
                       String snippet) {
}
