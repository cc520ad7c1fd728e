package dev.docent.core.desk;

import java.time.Duration;

/**
 * How often an escalation channel's group may be pinged: at most {@code maxPages} pings per
 * {@code window}, and a case sharing at least {@code similarity} of its content words with one paged
 * in the window pings nobody. Either way the case is posted.
 */
public record PagingLimits(int maxPages, Duration window, double similarity) {

    public static final PagingLimits DEFAULTS = new PagingLimits(10, Duration.ofMinutes(10), 0.6);

    public PagingLimits {
        if (maxPages < 1 || window.isNegative() || window.isZero() || similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("paging limits: at least one page per window, a positive window, "
                    + "a similarity above 0 and at most 1");
        }
    }
}
