package dev.docent.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.grounding.GroundedAnswer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import dev.docent.core.relevance.Answerability;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static final GroundedAnswer ANSWER = new GroundedAnswer(GeneratedAnswer.notFound(), List.of(), Answerability.nothingFound(),
            new float[0], Map.of(), false);

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final AnswerCache cache = new AnswerCache(new AnswerCache.Limits(2, Duration.ofMinutes(10)), clock, metrics);

    @Test
    void sameQuestionAskedDifferentlyIsOneEntry() {
        assertThat(AnswerCache.key(Set.of("b", "a"), "  How do I reset my PASSWORD? ", "v1"))
                .isEqualTo(AnswerCache.key(Set.of("a", "b"), "how do i reset my password", "v1"));
    }

    @Test
    void newIndexVersionOrOtherKnowledgeBasesAreOtherEntries() {
        String key = AnswerCache.key(Set.of("docs"), "reset password", "v1");
        assertThat(AnswerCache.key(Set.of("docs"), "reset password", "v2")).isNotEqualTo(key);
        assertThat(AnswerCache.key(Set.of("docs", "runbooks"), "reset password", "v1")).isNotEqualTo(key);
    }

    @Test
    void entriesExpireAndTheHitRateIsCounted() {
        cache.put("k", ANSWER);
        assertThat(cache.get("k")).isPresent();
        clock.advance(Duration.ofMinutes(11));
        assertThat(cache.get("k")).isEmpty();

        assertThat(cache.hitRate()).isEqualTo(0.5);
        assertThat(metrics.counter("docent.answer.cache", "result", "hit").count()).isEqualTo(1);
        assertThat(metrics.get("docent.answer.cache.hit.ratio").gauge().value()).isEqualTo(0.5);
    }

    @Test
    void leastRecentlyUsedEntryGoesFirst() {
        cache.put("a", ANSWER);
        cache.put("b", ANSWER);
        cache.get("a");
        cache.put("c", ANSWER);

        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("c")).isPresent();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
