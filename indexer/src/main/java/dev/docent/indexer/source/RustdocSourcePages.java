package dev.docent.indexer.source;

import java.nio.file.Path;

/**
 * rustdoc (docs.rs) writes every source file of a crate again as a highlighted page,
 * {@code src/syn/expr.rs.html}: code listings that repeat each item's documentation comments, so
 * that every answer would have a twin citing the source instead of the item's page - the role of a
 * Sphinx build's {@code _modules/} ({@link SphinxBuildFiles}).
 */
final class RustdocSourcePages {

    private RustdocSourcePages() {
    }

    static boolean isSourcePage(Path file) {
        return file.getFileName().toString().endsWith(".rs.html");
    }
}
