package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.index.IndexedPassage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FusedHitTest {

    private static final FusedHit HIT = new FusedHit(new SearchHit("docs:cli.md#4", "cli.md", "CLI",
            "https://docs.example/cli", 1, 1.0, Set.of(), List.of("Options", "--cache")), 0.5, OptionalInt.of(1), OptionalInt.empty(), 1.0, 0.0, OptionalDouble.empty());

    @Test
    void aPassageOpensItsSectionUnlessThePassageBeforeItHasTheSameHeadings() {
        IndexedPassage passage = passage(4, List.of("Options", "--cache"));

        assertThat(HIT.with(passage, Optional.empty()).startsSection()).as("a page's first passage, or one read without its neighbour")
                .isTrue();
        assertThat(HIT.with(passage, Optional.of(passage(3, List.of("Options", "--cache-location")))).startsSection()).isTrue();
        assertThat(HIT.with(passage, Optional.of(passage(3, List.of("Options", "--cache")))).startsSection()).isFalse();
    }

    @Test
    void thePassageBeforeOneIsTheSameDocumentsPreviousChunk() {
        assertThat(IndexedPassage.previousId("docs:guide/cli.md#4")).contains("docs:guide/cli.md#3");
        assertThat(IndexedPassage.previousId("docs:a#b.md#0")).isEmpty();
        assertThat(IndexedPassage.previousId("not-a-passage-id")).isEmpty();
    }

    private static IndexedPassage passage(int chunk, List<String> headings) {
        return IndexedPassage.of("docs", "cli.md", chunk, chunk + 1, "CLI", headings, "Text " + chunk + ".",
                "https://docs.example/cli", "h", null);
    }
}
