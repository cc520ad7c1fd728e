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

    private final Path root;
    /** Quarto's projects, each read once per listing rather than once per file under it. */
    private final QuartoBuildFiles quarto;

    GeneratorBuildFiles(Path root) {
        this.root = root;
        this.quarto = new QuartoBuildFiles(root);
    }

    /** Whether {@code file}, under the root, is a generator's copy, listing or navigation page. */
    boolean holds(Path file) {
        return SphinxBuildFiles.isBuildOutput(root, file) || RustdocBuildFiles.isBuildOutput(root, file)
                || JavadocBuildFiles.isBuildOutput(root, file) || MdBookBuildFiles.isBuildOutput(file)
                || HaddockBuildFiles.isBuildOutput(root, file) || DoxygenBuildFiles.isBuildOutput(root, file)
                || quarto.isBuildOutput(file) || PkgdownBuildFiles.isBuildOutput(root, file);
    }
}
