package dev.docent.indexer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A page's markup kept beside the HTML built from it is the same page twice: git's documentation
 * ships {@code git-stash.txt} (AsciiDoc) next to {@code git-stash.html}, and every answer listed
 * "git-stash(1)" and "git-stash(1) Manual Page" among its pages to read, some quoting both. The HTML
 * is read - it holds the page with its includes in place, and is what a link opens - and the
 * source is not, except as a file another source includes.
 */
final class BuiltPageSources {

    /** Markup a generator renders to an HTML page beside it: AsciiDoc, Markdown, reStructuredText, Quarto, R Markdown, Org. */
    private static final Set<String> MARKUP = Set.of("txt", "adoc", "asciidoc", "md", "markdown", "rst", "qmd", "rmd", "org");

    private BuiltPageSources() {
    }

    /** Whether {@code file} is markup whose HTML page, of the same name, sits beside it. */
    static boolean hasItsPageBeside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKUP.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && Files.isRegularFile(file.resolveSibling(name.substring(0, dot) + ".html"));
    }
}
