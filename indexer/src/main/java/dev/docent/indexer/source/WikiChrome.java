package dev.docent.indexer.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The parts a wiki or a Docsify site shows around every page, not pages of their own: a GitHub
 * wiki's {@code _Sidebar}, {@code _Header} and {@code _Footer} (in any markup it reads), Docsify's
 * {@code _sidebar.md}, {@code _navbar.md} and {@code _coverpage.md}. Indexed, a sidebar's list of
 * every page's name was cited for questions that named several of them.
 */
final class WikiChrome {

    private static final Set<String> NAMES = Set.of("_sidebar", "_header", "_footer", "_navbar", "_coverpage");

    private WikiChrome() {
    }

    static boolean isChrome(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && NAMES.contains(name.substring(0, dot));
    }
}
