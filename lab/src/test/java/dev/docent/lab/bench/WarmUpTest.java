package dev.docent.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private final List<String> called = new ArrayList<>();

    @Test
    void wholePassesAreMadeUntilTheCallsAreReached() {
        WarmUp.passes(List.of("a", "b", "c"), 4, called::add);

        assertThat(called).containsExactly("a", "b", "c", "a", "b", "c");
    }

    @Test
    void anExactMultipleMakesNoExtraPass() {
        WarmUp.passes(List.of("a", "b"), 4, called::add);

        assertThat(called).containsExactly("a", "b", "a", "b");
    }

    @Test
    void noCallsOrNoItemsMakeNoPass() {
        WarmUp.passes(List.of("a"), 0, called::add);
        WarmUp.passes(List.<String>of(), 10, called::add);

        assertThat(called).isEmpty();
    }

    @Test
    void aNegativeNumberOfCallsIsRefused() {
        assertThatThrownBy(() -> WarmUp.passes(List.of("a"), -1, called::add)).isInstanceOf(IllegalArgumentException.class);
    }
}
