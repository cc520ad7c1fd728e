package dev.docent.indexer.source.web;

import java.time.Duration;

/**
 * How much of a site a crawl may fetch, and how politely.
 *
 * @param maxPages    pages fetched at most (sitemap or crawl)
 * @param maxDepth    links followed from the start page at most (0: the start page only)
 * @param concurrency requests in flight at most
 * @param delay       pause between two requests of one worker (robots.txt's Crawl-delay wins if longer)
 */
public record CrawlLimits(int maxPages, int maxDepth, int concurrency, Duration delay) {

    public CrawlLimits {
        if (maxPages < 1 || maxDepth < 0 || concurrency < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("Crawl limits need maxPages >= 1, maxDepth >= 0, concurrency >= 1 and a delay >= 0");
        }
    }

    public static CrawlLimits defaults() {
        return new CrawlLimits(500, 5, 2, Duration.ofMillis(100));
    }
}
