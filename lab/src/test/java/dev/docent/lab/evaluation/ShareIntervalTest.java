package dev.docent.lab.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShareIntervalTest {

    @Test
    void aShareOfFewQuestionsIsWide() {
        ShareInterval cited = ShareInterval.of(22, 30);
        ShareInterval refused = ShareInterval.of(3, 10);

        assertThat(cited.low()).isCloseTo(0.556, within(0.001));
        assertThat(cited.high()).isCloseTo(0.858, within(0.001));
        assertThat(refused.low()).isCloseTo(0.108, within(0.001));
        assertThat(refused.high()).isCloseTo(0.603, within(0.001));
    }

    @Test
    void allOrNoneStillLeavesRoomOnOneSide() {
        assertThat(ShareInterval.of(10, 10).high()).isCloseTo(1, within(1e-9));
        assertThat(ShareInterval.of(10, 10).low()).isCloseTo(0.722, within(0.001));
        assertThat(ShareInterval.of(0, 5).low()).isZero();
        assertThat(ShareInterval.of(0, 5).high()).isCloseTo(0.434, within(0.001));
    }

    @Test
    void noQuestionsSayNothing() {
        assertThat(ShareInterval.of(0, 0)).isEqualTo(new ShareInterval(0, 1));
    }
}
