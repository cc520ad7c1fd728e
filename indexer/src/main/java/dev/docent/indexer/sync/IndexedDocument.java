package dev.docent.indexer.sync;

import dev.docent.core.index.IndexedPassage;
import java.util.ArrayList;
import java.util.List;

/** What an index holds of one document: the content hash it was indexed from and its chunk count. */
record IndexedDocument(String knowledgeBase, String id, String contentHash, int chunks) {

    /** The ids of the document's passages from chunk {@code from} on: what to delete when it shrinks or goes. */
    List<String> passageIdsFrom(int from) {
        List<String> ids = new ArrayList<>();
        for (int chunk = from; chunk < chunks; chunk++) {
            ids.add(IndexedPassage.id(knowledgeBase, id, chunk));
        }
        return ids;
    }
}
