package dev.docent.indexer.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Documentation formats Docent does not read, known by their extension: SGML sources (but DocBook's,
 * {@link DocBookFiles}), and Rich Text and Word 97 documents.
 * A folder of them gave "Found no documents to index" or, among pages it does read, nothing at all; a run
 * names them now. Pictures, styles, scripts and data files are no documentation and are not counted.
 */
final class UnreadDocumentation {

    private static final Set<String> EXTENSIONS = Set.of("sgml", "rtf", "doc");

    private UnreadDocumentation() {
    }

    /** The file's extension, when it names a documentation format Docent does not read. */
    static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || DocumentFormat.ofFileName(fileName).isPresent()) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(extension) ? Optional.of("." + extension) : Optional.empty();
    }
}
