package dev.docent.indexer.source;

import java.io.IOException;
import java.util.List;

/** Where a knowledge base's documents come from. */
public interface DocumentSource {

    /** A short description for progress and reports, e.g. the directory path. */
    String describe();

    List<SourceDocument> list() throws IOException;
}
