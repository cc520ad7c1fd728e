package dev.docent.core.testing;

import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Ranked passages for unit tests that need no Elasticsearch. */
public final class Passages {

    private Passages() {
    }

    public static RankedPassage passage(String id, String title, String text) {
        IndexedPassage p = IndexedPassage.of("docs", id + ".md", 0, 1, title, List.of(), text,
                "https://docs.example/" + id, "h", null);
        return new RankedPassage(id, p, 0.03, OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true);
    }
}
