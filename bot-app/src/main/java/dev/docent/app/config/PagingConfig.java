package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.desk.PagingLimits;
import java.time.Duration;

/**
 * The {@code paging} section of docent.yml: how often an escalation channel's group may be
 * pinged. Cases beyond it are still posted, without the ping.
 *
 * @param maxPages   pings per escalation channel and window
 * @param window     the sliding window
 * @param similarity the share of content words two questions share to count as the same case
 */
public record PagingConfig(
        @JsonProperty("maxPages") Integer maxPages,
        @JsonProperty("window") Duration window,
        @JsonProperty("similarity") Double similarity) {

    public PagingConfig {
        maxPages = maxPages == null ? PagingLimits.DEFAULTS.maxPages() : maxPages;
        window = window == null ? PagingLimits.DEFAULTS.window() : window;
        similarity = similarity == null ? PagingLimits.DEFAULTS.similarity() : similarity;
    }

    public static PagingConfig defaults() {
        return new PagingConfig(null, null, null);
    }

    public PagingLimits limits() {
        return new PagingLimits(maxPages, window, similarity);
    }
}
