package dev.docent.core.answer;

/** A documentation page, as an answer names it: to read next, or as the closest thing to a missing answer. */
public record PageReference(String knowledgeBase, String documentId, String title, String url) {

    /** One string per page across knowledge bases, which the answer log counts citations by. */
    public static String key(String knowledgeBase, String documentId) {
        return knowledgeBase + ":" + documentId;
    }

    public String key() {
        return key(knowledgeBase, documentId);
    }
}
