package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * What rustdoc (docs.rs, {@code cargo doc}) writes beside a crate's item pages that is no page to
 * answer from: every source file again as a highlighted listing ({@code src/syn/expr.rs.html}, which
 * repeats each item's documentation comments, so that answers would cite the source instead of the
 * item's page - the role of a Sphinx build's {@code _modules/}, {@link SphinxBuildFiles}), and the
 * "List of all items", help and settings pages. The pages are skipped only inside a rustdoc build,
 * known by the {@code crates.js} at its root.
 */
final class RustdocBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("crates.js");
    private static final Set<String> NAVIGATION_PAGES = Set.of("all.html", "help.html", "settings.html");

    private RustdocBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is a rustdoc source listing or navigation page. */
    static boolean isBuildOutput(Path root, Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".rs.html")) {
            return true;
        }
        return NAVIGATION_PAGES.contains(name) && BuildMarkers.isInsideBuild(root, file, BUILD_MARKERS);
    }
}
