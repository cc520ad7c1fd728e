package dev.docent.slack.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EditThrottleTest {

    @Test
    void allowsOneEditPerIntervalCountingFromThePost() {
        MutableClock clock = new MutableClock();
        EditThrottle throttle = new EditThrottle(clock, Duration.ofSeconds(2));

        assertThat(throttle.tryEdit()).as("right after posting").isFalse();
        clock.advance(Duration.ofMillis(1_999));
        assertThat(throttle.tryEdit()).isFalse();
        assertThat(throttle.untilNext()).isEqualTo(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.tryEdit()).isTrue();
        assertThat(throttle.tryEdit()).as("a second edit at the same instant").isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.untilNext()).isEqualTo(Duration.ZERO);
        assertThat(throttle.tryEdit()).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
