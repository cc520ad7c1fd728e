package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.docent.app.config.CacheConfig;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.core.cache.AnswerCache;
import dev.docent.core.cache.ElasticsearchIndexVersion;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.grounding.GroundedAnswer;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The answer cache on a real node: a repeated question is served from memory until any process writes to the index. */
@EmbeddedElasticsearchTest
class AnswerCacheOnElasticsearchTest {

    private static final String KB = "cache-test";
    private static final Set<String> SCOPE = Set.of(KB);

    ElasticsearchEndpoint elasticsearch;

    private DocentRuntime runtime;
    private ElasticsearchConnection otherProcess;

    @BeforeEach
    void start() {
        runtime = DocentRuntime.using(RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())),
                SampleFixture.model(), DocentConfig.empty(), Map.of());
        otherProcess = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        new KnowledgeBaseCatalog(otherProcess, Clock.systemUTC()).createIfAbsent(KB);
        write("retries", "Webhook retries", "Formwell retries a failed webhook delivery up to 8 times over 24 hours.");
    }

    @AfterEach
    void stop() {
        List<String> indices = List.copyOf(otherProcess.call(c -> c.indices().getAlias(a -> a.name(KnowledgeBaseIndices.alias(KB))))
                .aliases().keySet());
        otherProcess.call(c -> c.indices().delete(d -> d.index(indices)));
        otherProcess.close();
        runtime.close();
    }

    @Test
    void repeatedQuestionIsServedFromTheCacheUntilTheIndexChanges() {
        AnswerCache cache = runtime.answerCache().orElseThrow();
        GroundedAnswer first = runtime.grounding().answer("How many times is a failed webhook retried?", SCOPE);
        GroundedAnswer second = runtime.grounding().answer("how many times is a failed webhook retried", SCOPE);

        assertThat(first.answer().text()).contains("up to 8 times").contains("[1]");
        assertThat(second.answer()).isEqualTo(first.answer());
        assertThat(second.timingsMs()).containsOnlyKeys("cacheMs");
        assertThat(cache.hits()).isEqualTo(1);

        // Another process reindexes: the same question must be answered from the new index.
        write("retries", "Webhook retries", "Formwell retries a failed webhook delivery up to 12 times over 48 hours.");
        GroundedAnswer afterReindex = runtime.grounding().answer("How many times is a failed webhook retried?", SCOPE);

        assertThat(afterReindex.answer().text()).contains("up to 12 times");
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void indexVersionChangesWithEveryVisibleWriteAndNotOtherwise() {
        ElasticsearchIndexVersion version = new ElasticsearchIndexVersion(otherProcess);
        String before = version.of(SCOPE);

        assertThat(version.of(SCOPE)).isEqualTo(before);
        write("billing", "Plans", "The Team plan costs 49 dollars per month.");
        assertThat(version.of(SCOPE)).isNotEqualTo(before);
        assertThat(version.of(Set.of("no-such-kb"))).startsWith("missing:");
    }

    @Test
    void withAKnowledgeBaseMissingAWriteToAnotherStillChangesTheVersion() {
        ElasticsearchIndexVersion version = new ElasticsearchIndexVersion(otherProcess);
        Set<String> withMissing = Set.of(KB, "not-built-yet");
        String before = version.of(withMissing);

        write("limits", "Limits", "Each form takes up to 10,000 submissions per month.");

        assertThat(before).startsWith("missing:" + KnowledgeBaseIndices.alias("not-built-yet") + ";");
        assertThat(version.of(withMissing)).isNotEqualTo(before).startsWith("missing:");
    }

    @Test
    void cacheCanBeTurnedOff() {
        DocentConfig off = DocentConfig.empty().withCache(new CacheConfig(false, null, null));
        try (DocentRuntime uncached = DocentRuntime.using(
                RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())),
                SampleFixture.model(), off, Map.of())) {
            assertThat(uncached.answerCache()).isEmpty();
        }
    }

    private void write(String document, String title, String text) {
        float[] vector = SampleFixture.model().embed(title + "\n\n" + text).content().vector();
        IndexedPassage passage = IndexedPassage.of(KB, document + ".md", 0, 1, title, List.of(), text,
                "https://docs.example/" + document, "h", vector);
        String alias = KnowledgeBaseIndices.alias(KB);
        otherProcess.call(c -> c.bulk(b -> b.operations(List.of(
                BulkOperation.of(op -> op.index(i -> i.index(alias).id(passage.id()).document(passage)))))));
        otherProcess.call(c -> c.indices().refresh(r -> r.index(alias)));
    }
}
