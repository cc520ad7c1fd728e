package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * What Haddock (a Haskell package's API reference) writes beside its module pages that is no page to
 * answer from: every module's source again as hyperlinked HTML ({@code src/}), the index of every
 * name ({@code doc-index.html}, {@code doc-index-A.html} ...), older builds' frames
 * ({@code mini_Data-List.html}) and the Hoogle database ({@code base.txt}: one signature a line, every
 * name of the package). A build is known by the script Haddock writes at its root.
 */
final class HaddockBuildFiles {

    private static final Set<String> BUILD_MARKERS = Set.of("haddock-bundle.min.js", "haddock-util.js");
    private static final Set<String> SOURCE_LISTINGS = Set.of("src");

    private HaddockBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is a Haddock source listing, index, frame or Hoogle database. */
    static boolean isBuildOutput(Path root, Path file) {
        String name = file.getFileName().toString();
        boolean navigation = name.startsWith("doc-index") || name.startsWith("mini_") || name.endsWith(".txt");
        return navigation && BuildMarkers.isAtBuildRoot(file, BUILD_MARKERS)
                || BuildMarkers.isInBuildFolder(root, file, SOURCE_LISTINGS, BUILD_MARKERS);
    }
}
