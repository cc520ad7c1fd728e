package dev.docent.lab.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.docent.core.desk.Notices;
import dev.docent.slack.render.Replies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bookkeeping behind the figures, with made-up clock readings: no timing is measured here. */
class QuestionTrackerTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankSoEveryFigureIsALatencyThatWasMeasured() {
        List<Double> oneToHundred = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

        Latencies latencies = Latencies.ofMillis(oneToHundred.reversed());

        assertThat(latencies).isEqualTo(new Latencies(100, 50.0, 95.0, 99.0));
        assertThat(Latencies.ofMillis(List.of(7.0, 3.0, 5.0))).isEqualTo(new Latencies(3, 5.0, 7.0, 7.0));
        assertThat(Latencies.ofMillis(List.of(42.0))).isEqualTo(new Latencies(1, 42.0, 42.0, 42.0));
    }

    @Test
    void noSamplesMeansNoPercentilesRatherThanZero() {
        assertThat(Latencies.ofMillis(List.of())).isEqualTo(new Latencies(0, null, null, null));
    }

    @Test
    void placeholderAndAnswerAreTimedFromTheSendOfTheQuestionWhoseThreadTheyAreIn() {
        QuestionTracker tracker = new QuestionTracker();
        AskedQuestion first = asked(tracker, "C1", "100.000001", 1_000 * MS);
        AskedQuestion second = asked(tracker, "C2", "100.000002", 1_050 * MS);
        first.acknowledged(200, 1_003 * MS);
        second.acknowledged(200, 1_060 * MS);

        tracker.heard(post("C2", "100.000002", "200.000001", Replies.WORKING, 1_100 * MS));
        tracker.heard(post("C1", "100.000001", "200.000002", Replies.WORKING, 1_120 * MS));
        tracker.heard(update("C1", "200.000002", "To rotate the secret, open Settings > Webhooks [1]", 1_400 * MS));
        tracker.heard(update("C2", "200.000001", Replies.notice(Notices.BUSY), 1_150 * MS));

        QuestionTracker.Figures figures = tracker.figures();
        assertThat(figures.sent()).isEqualTo(2);
        assertThat(figures.errors()).isZero();
        assertThat(figures.ack()).isEqualTo(Latencies.ofMillis(List.of(3.0, 10.0)));
        assertThat(figures.placeholder()).isEqualTo(Latencies.ofMillis(List.of(120.0, 50.0)));
        assertThat(figures.reply()).isEqualTo(Latencies.ofMillis(List.of(400.0, 100.0)));
        assertThat(figures.answered()).isEqualTo(Latencies.ofMillis(List.of(400.0)));
        assertThat(figures.outcomes()).containsExactly(entry("answered", 1), entry("busy", 1),
                entry("somethingWentWrong", 0), entry("nothing", 0));
        assertThat(tracker.allSettled()).isTrue();
    }

    @Test
    void aQuestionWhosePlaceholderIsNeverReplacedEndsWithNothingAndNoAnswerLatency() {
        QuestionTracker tracker = new QuestionTracker();
        AskedQuestion question = asked(tracker, "C1", "100.000001", 0);
        question.acknowledged(200, 2 * MS);
        tracker.heard(post("C1", "100.000001", "200.000001", Replies.WORKING, 30 * MS));
        tracker.heard(update("C1", "200.000001", Replies.WORKING, 40 * MS));

        QuestionTracker.Figures figures = tracker.figures();
        assertThat(figures.reply().count()).isZero();
        assertThat(figures.outcomes()).containsEntry("nothing", 1);
        assertThat(tracker.allSettled()).isFalse();
    }

    @Test
    void theFailureNoticeCountsAsSomethingWentWrongAndOnlyTheFirstReplacementCounts() {
        QuestionTracker tracker = new QuestionTracker();
        AskedQuestion question = asked(tracker, "C1", "100.000001", 0);
        tracker.heard(post("C1", "100.000001", "200.000001", Replies.WORKING, 10 * MS));
        tracker.heard(update("C1", "200.000001", Replies.notice(Notices.FAILED), 20 * MS));
        tracker.heard(update("C1", "200.000001", "a later edit", 90 * MS));

        assertThat(question.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(tracker.figures().reply()).isEqualTo(Latencies.ofMillis(List.of(20.0)));
    }

    @Test
    void rateLimitedTriesAndOtherRunsCallsAreCountedNotTimed() {
        QuestionTracker tracker = new QuestionTracker();
        asked(tracker, "C1", "100.000001", 0);
        tracker.heard(new SlackCall("chat.postMessage", 5 * MS, "C1", "100.000001", "", Replies.WORKING, 429));
        tracker.heard(post("C9", "999.000001", "200.000009", Replies.WORKING, 6 * MS));

        assertThat(tracker.rateLimitedCalls()).isEqualTo(1);
        assertThat(tracker.strayCalls()).isEqualTo(1);
        assertThat(tracker.figures().placeholder().count()).isZero();
    }

    @Test
    void channelsCanBeComparedApart() {
        QuestionTracker tracker = new QuestionTracker();
        asked(tracker, "C1", "100.000001", 0);
        asked(tracker, "C2", "100.000002", 0);
        tracker.heard(post("C2", "100.000002", "200.000001", Replies.WORKING, 10 * MS));
        tracker.heard(update("C2", "200.000001", "an answer", 70 * MS));

        assertThat(tracker.figures(channel -> !channel.equals("C1")).reply()).isEqualTo(Latencies.ofMillis(List.of(70.0)));
        assertThat(tracker.figures("C1"::equals).outcomes()).containsEntry("nothing", 1);
    }

    @Test
    void answerP95IsAlsoGivenPerWindowOfSendingSoASlowStartShowsAsSuch() {
        QuestionTracker tracker = new QuestionTracker();
        asked(tracker, "C1", "100.000001", 1_000 * MS);
        asked(tracker, "C1", "100.000002", 1_500 * MS);
        asked(tracker, "C1", "100.000003", 3_200 * MS);
        tracker.heard(post("C1", "100.000001", "200.000001", Replies.WORKING, 1_010 * MS));
        tracker.heard(post("C1", "100.000002", "200.000002", Replies.WORKING, 1_510 * MS));
        tracker.heard(post("C1", "100.000003", "200.000003", Replies.WORKING, 3_210 * MS));
        tracker.heard(update("C1", "200.000001", "an answer", 1_900 * MS));
        tracker.heard(update("C1", "200.000002", "an answer", 1_600 * MS));
        tracker.heard(update("C1", "200.000003", "an answer", 3_250 * MS));

        assertThat(tracker.answerP95ByWindow(1_000 * MS, java.time.Duration.ofSeconds(1)))
                .containsExactly(900.0, null, 50.0);
    }

    private static AskedQuestion asked(QuestionTracker tracker, String channel, String ts, long sentNanos) {
        AskedQuestion question = new AskedQuestion("Ev-" + ts, channel, ts, sentNanos);
        tracker.asking(question);
        return question;
    }

    private static SlackCall post(String channel, String threadTs, String ts, String text, long atNanos) {
        return new SlackCall("chat.postMessage", atNanos, channel, threadTs, ts, text, 200);
    }

    private static SlackCall update(String channel, String ts, String text, long atNanos) {
        return new SlackCall("chat.update", atNanos, channel, "", ts, text, 200);
    }
}
