package dev.docent.core.reindex;

import java.util.Locale;

/**
 * How a reindex brings a knowledge base in line with its source.
 * <ul>
 * <li>{@code INCREMENTAL}: the live index is updated document by document - unchanged documents
 * (same content hash) are skipped, changed ones replaced, removed ones deleted.</li>
 * <li>{@code REBUILD}: every document goes into a new versioned index, which replaces the old one
 * behind the alias in one step once it is complete and verified.</li>
 * </ul>
 * A knowledge base's first run is always a rebuild: nothing is served before it is complete. So is
 * a run over an index an older Docent wrote, or whose pages it read differently (parsers or chunks of
 * another version): then every page changes anyway, and a new index is what a fresh build would be.
 */
public enum ReindexMode {
    INCREMENTAL, REBUILD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a {@link #label()} names. */
    public static ReindexMode ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
