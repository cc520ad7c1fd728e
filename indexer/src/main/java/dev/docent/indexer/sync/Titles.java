package dev.docent.indexer.sync;

/** The title a document gets when it does not name itself: its file name, readable ("getting-started.md" -> "Getting started"). */
final class Titles {

    private Titles() {
    }

    static String fromId(String documentId) {
        String name = documentId.substring(documentId.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String spaced = base.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
