package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * What mdBook writes beside a book's chapters that is no page to answer from: {@code print.html},
 * every chapter again on one page (the Rust book's is 1.6 MB: as a page it stood among the pages to
 * read for any question, and won on its length), the table of contents it writes for readers without
 * JavaScript and its "Document not found" page. A book is known by the {@code book.js} beside them.
 */
final class MdBookBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("book.js");
    private static final Set<String> COPIES = Set.of("print.html", "toc.html", "404.html");

    private MdBookBuildFiles() {
    }

    /** Whether {@code file} is one of an mdBook build's copies of its chapters or navigation pages. */
    static boolean isBuildOutput(Path file) {
        return COPIES.contains(file.getFileName().toString()) && BuildMarkers.isAtBuildRoot(file, BUILD_MARKERS);
    }
}
