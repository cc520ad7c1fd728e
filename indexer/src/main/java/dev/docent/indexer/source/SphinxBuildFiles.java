package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a Sphinx build writes beside its pages that is no page to answer from: {@code _sources/}
 * (every page's reStructuredText again, as text: each answer would have a raw twin),
 * {@code _modules/} (highlighted source listings), {@code _static/} (the theme's assets, among them
 * templates such as pydata-sphinx-theme's {@code webpack-macros.html}, whose Jinja macros were indexed
 * as a page) and the general index, module index and search pages. A build is known by the
 * {@code searchindex.js} at its root, so a folder of sources that happens to use these names is read
 * as usual.
 */
final class SphinxBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("searchindex.js");
    private static final Set<String> COPIES = Set.of("_sources", "_modules", "_static");
    private static final Set<String> INDEX_PAGES = Set.of("genindex.html", "py-modindex.html", "search.html");

    private SphinxBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is one of a Sphinx build's copies or index pages. */
    static boolean isBuildOutput(Path root, Path file) {
        if (BuildMarkers.isInBuildFolder(root, file, COPIES, BUILD_MARKERS)) {
            return true;
        }
        return INDEX_PAGES.contains(file.getFileName().toString()) && BuildMarkers.isAtBuildRoot(file, BUILD_MARKERS);
    }
}
