package dev.docent.core.retrieval;

import dev.docent.core.index.IndexedPassage;

/** One passage as one search (lexical or semantic) ranked it, with that search's own score. */
public record SearchHit(String id, IndexedPassage passage, double score) {
}
