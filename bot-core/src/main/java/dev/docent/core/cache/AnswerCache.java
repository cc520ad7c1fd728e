package dev.docent.core.cache;

import dev.docent.core.grounding.GroundedAnswer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers already given, keyed by the knowledge bases searched, the normalised question and the
 * index version, so that "How do I reset my password?" and "how do i reset my password" share an
 * entry and any change to the index retires every entry made before it. Bounded (least recently
 * used entries go first) and entries expire, so a model's answer is not repeated forever.
 */
public final class AnswerCache {

    /** How many answers are kept and for how long. */
    public record Limits(int entries, Duration timeToLive) {

        public static Limits defaults() {
            return new Limits(1_000, Duration.ofHours(1));
        }
    }

    private record Cached(GroundedAnswer answer, Instant expires) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Cached> entries;
    private final Counter hits;
    private final Counter misses;

    public AnswerCache(Limits limits, Clock clock, MeterRegistry metrics) {
        this.limits = limits;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > limits.entries();
            }
        };
        this.hits = metrics.counter("docent.answer.cache", "result", "hit");
        this.misses = metrics.counter("docent.answer.cache", "result", "miss");
        metrics.gauge("docent.answer.cache.hit.ratio", this, AnswerCache::hitRate);
        metrics.gaugeMapSize("docent.answer.cache.size", List.of(), entries);
    }

    public static String key(Set<String> knowledgeBases, String question, String indexVersion) {
        return String.join(",", knowledgeBases.stream().sorted().toList()) + "\n" + normalise(question) + "\n" + indexVersion;
    }

    /** Case, spacing, Unicode forms and the closing punctuation do not make a different question. */
    static String normalise(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$", "");
    }

    public synchronized Optional<GroundedAnswer> get(String key) {
        Cached entry = entries.get(key);
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            if (entry != null) {
                entries.remove(key);
            }
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(entry.answer());
    }

    public synchronized void put(String key, GroundedAnswer answer) {
        entries.put(key, new Cached(answer, clock.instant().plus(limits.timeToLive())));
    }

    /** Hits over lookups since start; 0 before the first lookup. */
    public double hitRate() {
        double lookups = lookups();
        return lookups == 0 ? 0 : hits() / lookups;
    }

    public long hits() {
        return (long) hits.count();
    }

    public long lookups() {
        return (long) (hits.count() + misses.count());
    }
}
