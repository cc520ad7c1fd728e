package dev.docent.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressEditsTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
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
    };

    @Test
    void atMostOneEditPerIntervalIsSent() {
        List<String> sent = new ArrayList<>();
        ProgressEdits<String> edits = new ProgressEdits<>(sent::add, Duration.ofSeconds(2), clock);

        edits.offer("10%");
        now = now.plusMillis(500);
        edits.offer("20%");
        now = now.plusMillis(1_499);
        edits.offer("30%");
        now = now.plusMillis(1);
        edits.offer("40%");
        now = now.plusSeconds(5);
        edits.offer("90%");

        assertThat(sent).containsExactly("10%", "40%", "90%");
    }
}
