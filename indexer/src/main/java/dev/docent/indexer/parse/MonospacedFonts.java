package dev.docent.indexer.parse;

import java.util.Locale;
import java.util.Set;

/**
 * The fonts a word processor's user sets code in (Word's, Google Docs'): text in one of them is code,
 * as a command in a runbook is.
 */
final class MonospacedFonts {

    private static final Set<String> MONOSPACED = Set.of("courier new", "courier", "consolas", "menlo", "monaco", "lucida console",
            "source code pro", "dejavu sans mono", "liberation mono", "roboto mono", "fira code", "fira mono", "jetbrains mono",
            "cascadia code", "cascadia mono", "sf mono", "ubuntu mono", "andale mono", "inconsolata", "cousine", "space mono",
            "ibm plex mono", "pt mono", "noto sans mono", "oxygen mono", "monospace");

    private MonospacedFonts() {
    }

    /** Whether the font, named as a document names it ("Courier New", {@code "Roboto Mono"} quoted), is monospaced. */
    static boolean isMonospaced(String font) {
        return font != null && MONOSPACED.contains(font.replace("\"", "").replace("'", "").strip().toLowerCase(Locale.ROOT));
    }
}
