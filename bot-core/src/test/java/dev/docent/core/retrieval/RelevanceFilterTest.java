package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.index.IndexedPassage;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RelevanceFilterTest {

    private final RelevanceFilter filter = new RelevanceFilter(new RelevanceFilter.Thresholds(0.90, 0.82, 0.5));

    @Test
    void veryCloseEmbeddingIsRelevantEvenWithoutSharedWords() {
        assertThat(filter.relevant("stop paying", List.of(passage("Cancel your subscription", 0.91)))).hasSize(1);
    }

    @Test
    void moderatelyCloseEmbeddingNeedsTheQuestionsWordsToo() {
        RankedPassage webhooks = passage("Webhook retries are attempted 8 times", 0.85);
        assertThat(filter.relevant("how often are webhook retries attempted", List.of(webhooks))).hasSize(1);
        assertThat(filter.relevant("does the iphone app support offline mode", List.of(webhooks))).isEmpty();
    }

    @Test
    void passageOnlyTheLexicalSearchFoundNeedsAnEmbeddingScore() {
        RankedPassage lexicalOnly = new RankedPassage("x", passage("password reset", 0).passage(), 0.01,
                OptionalInt.of(1), OptionalInt.empty(), OptionalDouble.empty());
        assertThat(filter.relevant("password reset", List.of(lexicalOnly))).isEmpty();
    }

    private static RankedPassage passage(String text, double semanticScore) {
        IndexedPassage p = new IndexedPassage("docs", "d.md", 0, "Title", List.of(), text, "u", "h", null);
        return new RankedPassage("d", p, 0.03, OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(semanticScore));
    }
}
