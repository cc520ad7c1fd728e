package dev.docent.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A {@code .tex} file is a page when its opening shows a LaTeX document or a chapter of one: a document class,
 * the document's beginning, or a sectioning command at a line's start. A TeX macro package beside a manual
 * (GNU's {@code texinfo.tex}, a template's {@code default.tex}) defines commands and says nothing to a reader.
 */
final class LatexFiles {

    /** Far enough for a long preamble's {@code \begin{document}}, or a chapter's first heading after its comments. */
    private static final int OPENING_BYTES = 65_536;
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?m)^\\s*\\\\(?:documentclass|begin\\s*\\{document}|(?:part|chapter|section|subsection|subsubsection)\\*?\\s*(?:\\[[^\\]\\n]*])?\\s*\\{)");

    private LatexFiles() {
    }

    static boolean isDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isDocument(new String(in.readNBytes(OPENING_BYTES), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isDocument(String opening) {
        return DOCUMENT.matcher(opening).find();
    }
}
