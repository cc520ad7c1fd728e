package dev.docent.indexer.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Where a knowledge base's documents come from: a directory, a git repository, a website. */
public interface DocumentSource {

    /** A short description for progress and reports, e.g. the directory path or the site's URL. */
    String describe();

    /**
     * The documents the source holds now. Throws when the source as a whole cannot be read (a
     * missing directory, an unreachable repository): a run then changes nothing.
     */
    List<SourceDocument> list() throws IOException;

    /**
     * The documentation files the source holds in formats Docent does not read (man pages, Texinfo,
     * LaTeX, DocBook, wiki markup, office documents), counted by extension, so that a run can say what
     * it left out rather than leave it out in silence. None for a source that cannot tell.
     */
    default Map<String, Integer> unreadDocumentation() throws IOException {
        return Map.of();
    }
}
