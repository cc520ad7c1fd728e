package dev.docent.slack.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EditThrottleTest {

    @Test
    void anEditIsDueOneIntervalAfterThePostAndThenAfterEachEditIsDone() {
        MutableClock clock = new MutableClock();
        EditThrottle throttle = new EditThrottle(clock, Duration.ofSeconds(2));

        assertThat(throttle.due()).as("right after posting").isFalse();
        clock.advance(Duration.ofMillis(1_999));
        assertThat(throttle.due()).isFalse();
        assertThat(throttle.untilNext()).isEqualTo(Duration.ofMillis(1));
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.due()).isTrue();

        clock.advance(Duration.ofMillis(700)); // a slow chat.update
        throttle.edited();
        clock.advance(Duration.ofMillis(1_500));
        assertThat(throttle.due()).as("the interval counts from when the edit was done").isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.untilNext()).isEqualTo(Duration.ZERO);
        assertThat(throttle.due()).isTrue();
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
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
