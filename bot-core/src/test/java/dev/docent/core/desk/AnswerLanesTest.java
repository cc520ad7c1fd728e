package dev.docent.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class AnswerLanesTest {

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final AnswerLanes lanes = new AnswerLanes(queued::add, new AnswerLanes.Limits(2, 3, 4), metrics);

    @Test
    void busyChannelIsRefusedWhileOtherChannelsAreStillTaken() {
        assertThat(lanes.offer("slack", "T1", "C_BUSY", () -> { })).isTrue();
        assertThat(lanes.offer("slack", "T1", "C_BUSY", () -> { })).isTrue();

        assertThat(lanes.offer("slack", "T1", "C_BUSY", () -> { })).as("the channel's lane is full").isFalse();
        assertThat(lanes.offer("slack", "T1", "C_QUIET", () -> { })).as("another channel still gets in").isTrue();
        assertThat(lanes.offer("slack", "T1", "C_OTHER", () -> { })).as("the workspace's lane is full").isFalse();
        assertThat(lanes.offer("slack", "T2", "C_ELSEWHERE", () -> { })).as("another workspace still gets in").isTrue();
        assertThat(lanes.offer("slack", "T3", "C_LATE", () -> { })).as("everything is full").isFalse();
        assertThat(metrics.counter("docent.answers.refused", "platform", "slack", "why", "busy").count()).isEqualTo(3);
    }

    @Test
    void aFinishedAnswerFreesItsPlace() {
        lanes.offer("discord", "G1", "C1", () -> { });
        lanes.offer("discord", "G1", "C1", () -> { });
        assertThat(lanes.offer("discord", "G1", "C1", () -> { })).isFalse();

        queued.poll().run();

        assertThat(lanes.offer("discord", "G1", "C1", () -> { })).isTrue();
    }
}
