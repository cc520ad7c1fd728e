package dev.docent.core.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedItemsTest {

    @Test
    void theQuestionNamesAnItemByItsWordsOrAsCode() {
        var units = TextUnits.of("""
                - pool_size=5 – the number of connections to keep open inside the pool.
                - pool_recycle=-1 – recycle connections after the given number of seconds.
                """);

        assertThat(NamedItems.in(units, Set.of("set", "pool", "size"), Set.of()))
                .isEqualTo(new NamedItems(Set.of(0), Set.of(1)));
        assertThat(NamedItems.in(units, Set.of("pool"), Set.of("pool_recycle")))
                .isEqualTo(new NamedItems(Set.of(1), Set.of(0)));
        assertThat(NamedItems.in(units, Set.of("pool", "connect"), Set.of())).isEqualTo(new NamedItems(Set.of(), Set.of()));
    }

    /** A crafted page: read part by part, a name of 20,000 parts had overflowed the stack. */
    @Test
    void anItemLedByAVeryLongNameIsReadWithoutOverflowing() {
        var units = TextUnits.of("- " + "a_".repeat(20_000) + "a – what this name is for.\n- b_c – what the other name is for.\n");

        assertThat(NamedItems.in(units, Set.of("b", "c"), Set.of()).named()).containsExactly(1);
    }
}
