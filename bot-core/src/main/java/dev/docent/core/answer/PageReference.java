package dev.docent.core.answer;

/** A documentation page, as an answer names it: to read next, or as the closest thing to a missing answer. */
public record PageReference(String knowledgeBase, String documentId, String title, String url) {
}
