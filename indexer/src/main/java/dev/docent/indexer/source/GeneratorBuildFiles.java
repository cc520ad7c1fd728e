package dev.docent.indexer.source;

import java.nio.file.Path;

/**
 * What documentation generators write beside their pages that is no page to answer from, each known
 * by the files its build holds: Sphinx's source copies and indexes ({@link SphinxBuildFiles}),
 * rustdoc's source listings ({@link RustdocBuildFiles}), Javadoc's "Uses of" pages, lists and source
 * listings ({@link JavadocBuildFiles}), mdBook's one-page copy of the book ({@link MdBookBuildFiles}),
 * Haddock's source listings and indexes ({@link HaddockBuildFiles}), Doxygen's source listings, member
 * lists and indexes ({@link DoxygenBuildFiles}), a Quarto project's rendered site and frozen cell results
 * ({@link QuartoBuildFiles}), and the pkgdown site built inside an R package ({@link PkgdownBuildFiles}).
 */
final class GeneratorBuildFiles {

    private GeneratorBuildFiles() {
    }

    /** Whether {@code file}, under {@code root}, is a generator's copy, listing or navigation page. */
    static boolean isBuildOutput(Path root, Path file) {
        return SphinxBuildFiles.isBuildOutput(root, file) || RustdocBuildFiles.isBuildOutput(root, file)
                || JavadocBuildFiles.isBuildOutput(root, file) || MdBookBuildFiles.isBuildOutput(file)
                || HaddockBuildFiles.isBuildOutput(root, file) || DoxygenBuildFiles.isBuildOutput(root, file)
                || QuartoBuildFiles.isBuildOutput(root, file) || PkgdownBuildFiles.isBuildOutput(root, file);
    }
}
