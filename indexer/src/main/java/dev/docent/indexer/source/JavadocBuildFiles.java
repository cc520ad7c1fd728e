package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * What Javadoc writes beside a library's class and package pages that is no page to answer from:
 * the "Uses of Class" pages ({@code class-use/}) and "Uses of Package" pages, which name a class in
 * every line and so came among the pages to read for any question about it, the index of every
 * member ({@code index-all.html}, {@code index-files/}), the class, package and deprecation lists,
 * the class hierarchy trees, the help page, the frames of older builds, and the source listings of
 * {@code -linksource} ({@code src-html/}, which repeat each member's documentation comment, so that
 * answers cited "Source code" beside the class's page). The pages are skipped only
 * inside a Javadoc build, known by the {@code element-list} (or older {@code package-list}) at its root.
 */
final class JavadocBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("element-list", "package-list");
    private static final Set<String> SOURCE_LISTINGS = Set.of("src-html");
    private static final Set<String> LISTING_FOLDERS = Set.of("class-use", "index-files");
    private static final Set<String> NAVIGATION_PAGES = Set.of("index-all.html", "allclasses.html", "allclasses-index.html",
            "allclasses-frame.html", "allclasses-noframe.html", "allpackages-index.html", "overview-tree.html",
            "package-tree.html", "package-use.html", "package-frame.html", "overview-frame.html", "deprecated-list.html",
            "help-doc.html", "constant-values.html", "serialized-form.html", "search.html", "new-list.html",
            "preview-list.html", "restricted-list.html");

    private JavadocBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is a Javadoc listing or navigation page. */
    static boolean isBuildOutput(Path root, Path file) {
        boolean listed = NAVIGATION_PAGES.contains(file.getFileName().toString())
                || file.getParent() != null && LISTING_FOLDERS.contains(file.getParent().getFileName().toString());
        return listed && BuildMarkers.isInsideBuild(root, file, BUILD_MARKERS)
                || BuildMarkers.isInBuildFolder(root, file, SOURCE_LISTINGS, BUILD_MARKERS);
    }
}
