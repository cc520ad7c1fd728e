package dev.docent.indexer.sync;

import java.util.regex.Pattern;

/** The title a document gets when it does not name itself: its file name, readable ("getting-started.md" -> "Getting started"). */
final class Titles {

    /** The id Notion's export writes after every page's name: "Resetting a password 1f2e3d4c5b6a47988796a5b4c3d2e1f0.md". */
    private static final Pattern NOTION_ID = Pattern.compile("\\s+[0-9a-f]{32}$");

    private Titles() {
    }

    static String fromId(String documentId) {
        String name = documentId.substring(documentId.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = NOTION_ID.matcher(dot > 0 ? name.substring(0, dot) : name).replaceFirst("");
        String spaced = base.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
