package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The {@code cache} section of docent.yml: the answer cache. Entries are keyed by the index
 * version as well, so a reindex retires them whatever these limits say.
 *
 * @param enabled false turns the cache off
 * @param entries how many answers are kept (least recently used go first)
 * @param ttl     how long an answer is reused at most (formerly {@code ttlMinutes})
 */
public record CacheConfig(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("entries") Integer entries,
        @JsonProperty("ttl") Duration ttl) {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(60);

    public CacheConfig {
        enabled = enabled == null || enabled;
        entries = entries == null ? 1_000 : entries;
        ttl = ttl == null ? DEFAULT_TTL : ttl;
    }

    public static CacheConfig defaults() {
        return new CacheConfig(null, null, null);
    }
}
