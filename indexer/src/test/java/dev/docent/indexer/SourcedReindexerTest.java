package dev.docent.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.docent.indexer.lock.Lease;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.state.StateIndex;
import dev.docent.indexer.testing.IndexerFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class SourcedReindexerTest {

    ElasticsearchEndpoint endpoint;

    @TempDir
    Path docs;

    private ElasticsearchConnection es;
    private KnowledgeBaseIndexer indexer;

    @BeforeEach
    void connect() {
        es = IndexerFixture.connect(endpoint);
        indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        es.close();
    }

    @Test
    void aChatReindexRunsIncrementallyFromTheConfiguredSourceAndTheListenerFollowsItToTheSummary() throws Exception {
        write("install.md", "# Install\n\nRun the installer.");
        write("upgrade.md", "# Upgrade\n\nStop the service first.");
        SourcedReindexer reindexer = reindexer(Map.of("chat-docs", source()), Set.of(), Set.of());
        List<ReindexProgress> progress = new CopyOnWriteArrayList<>();
        List<ReindexSummary> finished = new ArrayList<>();

        ReindexSummary first = reindexer.reindex("chat-docs", new ReindexListener() {
            @Override
            public void progressed(ReindexProgress p) {
                progress.add(p);
            }

            @Override
            public void finished(ReindexSummary summary) {
                finished.add(summary);
            }
        });

        assertThat(first.mode()).as("a new knowledge base is built, then served").isEqualTo(ReindexMode.REBUILD);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.source()).isEqualTo(source().get().describe());
        assertThat(finished).containsExactly(first);
        assertThat(progress.getLast().knowledgeBase()).isEqualTo("chat-docs");
        assertThat(progress.getLast().documentsDone()).isEqualTo(2);
        assertThat(progress.getLast().documentsTotal()).isEqualTo(2);
        assertThat(progress.getLast().remaining()).hasValue(Duration.ZERO);

        write("upgrade.md", "# Upgrade\n\nStop the service, then run the installer again.");
        ReindexSummary second = reindexer.reindex("chat-docs", progress::add);

        assertThat(second.mode()).isEqualTo(ReindexMode.INCREMENTAL);
        assertThat(List.of(second.added(), second.changed(), second.removed(), second.unchanged())).containsExactly(0, 1, 0, 1);
    }

    @Test
    void aDocumentThatFailsIsToldToTheListenerAndNamedInTheSummary() throws Exception {
        write("good.md", "# Good\n\nThe good page.");
        Files.write(docs.resolve("latin1.md"), "# Caf\u00e9\n\ncr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        SourcedReindexer reindexer = reindexer(Map.of("chat-failing", source()), Set.of(), Set.of());
        List<ReindexSummary.Failure> seen = new CopyOnWriteArrayList<>();

        ReindexSummary summary = reindexer.reindex("chat-failing", new ReindexListener() {
            @Override
            public void progressed(ReindexProgress progress) {
            }

            @Override
            public void documentFailed(ReindexSummary.Failure failure) {
                seen.add(failure);
            }
        });

        assertThat(summary.failures()).extracting(ReindexSummary.Failure::document).containsExactly("latin1.md");
        assertThat(summary.failures().getFirst().reason()).contains("not valid UTF-8");
        assertThat(seen).isEqualTo(summary.failures());
        assertThat(summary.added()).isEqualTo(1);
    }

    @Test
    void onlyKnowledgeBasesWithSourcesAreReindexableAndAnyOtherIsRefusedByName() {
        SourcedReindexer reindexer = reindexer(Map.of("chat-b", source(), "chat-a", source()), Set.of(), Set.of());

        assertThat(reindexer.reindexable()).containsExactly("chat-a", "chat-b");
        assertThatThrownBy(() -> reindexer.reindex("chat-elsewhere", ReindexListener.NONE))
                .isInstanceOf(UnknownKnowledgeBaseException.class)
                .hasMessageContaining("'chat-elsewhere'")
                .satisfies(e -> assertThat(((UnknownKnowledgeBaseException) e).known()).containsExactly("chat-a", "chat-b"));
    }

    @Test
    void aReindexWhileAnotherReplicaRunsOneIsRefusedAndTheStatusSaysWhoRunsIt() throws Exception {
        write("a.md", "# A\n\nAlpha.");
        SourcedReindexer reindexer = reindexer(Map.of("chat-busy", source()), Set.of(), Set.of());

        try (Lease held = new ReindexLocks(new StateIndex(es), Clock.systemUTC(), Duration.ofMinutes(2), "other-replica/pid-7")
                .acquire("chat-busy")) {
            assertThatThrownBy(() -> reindexer.reindex("chat-busy", ReindexListener.NONE))
                    .isInstanceOf(ReindexInProgressException.class)
                    .hasMessageContaining("is being reindexed by other-replica/pid-7");
            assertThat(reindexer.status()).singleElement().satisfies(status -> {
                assertThat(status.reindexing()).map(KnowledgeBaseStatus.Reindexing::holder).hasValue("other-replica/pid-7");
                assertThat(status.indexed()).isFalse();
            });
        }

        assertThat(reindexer.reindex("chat-busy", ReindexListener.NONE).added()).isEqualTo(1);
        assertThat(reindexer.status()).singleElement().satisfies(status -> assertThat(status.reindexing()).isEmpty());
    }

    @Test
    void statusListsIndexedAndReindexableKnowledgeBasesWithTheirSizeAndLastRun() throws Exception {
        write("one.md", "# One\n\nFirst.\n\n## Part\n\nSecond section.");
        write("two.txt", "Plain text.");
        indexer.index("chat-cli-only", new DirectorySource(docs, "https://docs.example/"), ReindexListener.NONE);
        SourcedReindexer reindexer = reindexer(Map.of("chat-status", source(), "chat-declared", source()),
                Set.of("chat-cli-only", "chat-status"), Set.of("chat-cli-only"));
        ReindexSummary summary = reindexer.reindex("chat-status", ReindexListener.NONE);

        List<KnowledgeBaseStatus> status = reindexer.status();

        assertThat(status).extracting(KnowledgeBaseStatus::name).containsExactly("chat-cli-only", "chat-declared", "chat-status");
        assertThat(status).extracting(KnowledgeBaseStatus::internal).containsExactly(true, false, false);
        assertThat(status).extracting(KnowledgeBaseStatus::indexed).containsExactly(true, false, true);
        KnowledgeBaseStatus reindexed = status.getLast();
        assertThat(reindexed.documents()).isEqualTo(2);
        assertThat(reindexed.chunks()).isEqualTo(3);
        ReindexRun run = reindexed.lastRun().orElseThrow();
        assertThat(run.outcome()).isEqualTo(ReindexRun.Outcome.SUCCEEDED);
        assertThat(run.mode()).isEqualTo(summary.mode());
        assertThat(run.source()).isEqualTo(summary.source());
        assertThat(List.of(run.added(), run.changed(), run.removed(), run.unchanged(), run.failed(), run.chunksWritten()))
                .containsExactly(summary.added(), summary.changed(), summary.removed(), summary.unchanged(), 0,
                        summary.chunksWritten());
        assertThat(run.took()).hasValueSatisfying(took -> assertThat(took).isPositive());
        assertThat(status.get(1).lastRun()).as("declared, never indexed").isEmpty();
        assertThat(status.getFirst().lastRun()).map(ReindexRun::outcome).hasValue(ReindexRun.Outcome.SUCCEEDED);
    }

    private SourcedReindexer reindexer(Map<String, Supplier<DocumentSource>> sources, Set<String> indexed,
                                       Set<String> internal) {
        return new SourcedReindexer(sources, () -> indexer, new KnowledgeBaseStatuses(es, Clock.systemUTC(), internal::contains),
                () -> indexed);
    }

    private Supplier<DocumentSource> source() {
        return () -> new DirectorySource(docs, "https://docs.example/");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(docs.resolve(name), text);
    }
}
