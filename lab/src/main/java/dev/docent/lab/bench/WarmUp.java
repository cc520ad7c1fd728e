package dev.docent.lab.bench;

import java.util.List;
import java.util.function.Consumer;

/**
 * Uncounted passes over a set before its latency is measured. A freshly started Elasticsearch node
 * keeps compiling its search code for its first thousand or so searches (the sample's warm p95 was
 * 64-73 ms after one pass of its 178 questions, 30-43 ms after eight), and a node that serves a team
 * has long finished: measured earlier, a figure says how fast the node was while it started.
 */
public final class WarmUp {

    /** What {@code eval} and {@code bench retrieval} give before they measure. */
    public static final int DEFAULT_CALLS = 1_000;

    private WarmUp() {
    }

    /** Calls {@code call} on every item, in whole passes, until at least {@code calls} calls were made; 0 for none. */
    public static <T> void passes(List<T> items, int calls, Consumer<T> call) {
        if (calls < 0) {
            throw new IllegalArgumentException("warm-up calls must be 0 or more: " + calls);
        }
        for (int made = 0; made < calls && !items.isEmpty(); made += items.size()) {
            items.forEach(call);
        }
    }
}
