package dev.docent.indexer.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site pkgdown builds from an R package (usually into {@code docs/}) beside the package's own
 * sources: its articles are the package's vignettes again and its reference pages its help files
 * ({@code man/*.Rd}), so a folder holding the whole package had every page twice. The build is known
 * by the {@code pkgdown.yml} pkgdown writes into it, under a folder with the package's
 * {@code DESCRIPTION}; a folder source that is the built site itself is read as it is.
 */
final class PkgdownBuildFiles {

    private static final String BUILD_MARKER = "pkgdown.yml";
    private static final String PACKAGE_MARKER = "DESCRIPTION";

    private PkgdownBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, lies in a pkgdown site built inside the package under {@code root}. */
    static boolean isBuildOutput(Path root, Path file) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(root) && !folder.equals(root);
                folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(BUILD_MARKER)) && Files.isRegularFile(folder.getParent().resolve(PACKAGE_MARKER))) {
                return true;
            }
        }
        return false;
    }
}
