package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code cache} section of docent.yml: the answer cache. Entries are keyed by the index
 * version as well, so a reindex retires them whatever these limits say.
 *
 * @param enabled    false turns the cache off
 * @param entries    how many answers are kept (least recently used go first)
 * @param ttlMinutes how long an answer is reused at most
 */
public record CacheConfig(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("entries") Integer entries,
        @JsonProperty("ttlMinutes") Integer ttlMinutes) {

    public CacheConfig {
        enabled = enabled == null || enabled;
        entries = entries == null ? 1_000 : entries;
        ttlMinutes = ttlMinutes == null ? 60 : ttlMinutes;
    }

    public static CacheConfig defaults() {
        return new CacheConfig(null, null, null);
    }
}
