package dev.docent.indexer;

import static dev.docent.indexer.testing.IndexerFixture.count;
import static dev.docent.indexer.testing.IndexerFixture.passages;
import static dev.docent.indexer.testing.IndexerFixture.served;
import static dev.docent.indexer.testing.IndexerFixture.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.json.JsonData;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.history.IndexingRuns;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.docent.indexer.lock.LockDocument;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.source.DocumentFormat;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.state.StateIndex;
import dev.docent.indexer.testing.ElasticsearchProxy;
import dev.docent.indexer.testing.IndexerFixture.CountingModel;
import dev.docent.indexer.testing.IndexerFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class KnowledgeBaseIndexerTest {

    ElasticsearchEndpoint endpoint;

    @TempDir
    Path docs;

    private ElasticsearchConnection es;

    @BeforeEach
    void connect() {
        es = IndexerFixture.connect(endpoint);
    }

    @AfterEach
    void close() {
        es.close();
    }

    @Test
    void unchangedDocumentsAreNotEmbeddedAgainChangedAreReplacedRemovedAreDeleted() throws Exception {
        write("keep.md", "# Keep\n\nThis page never changes.");
        write("edit.md", "# Edit\n\n" + paragraphs("Version one of the page.", 12));
        write("gone.md", "# Gone\n\nThis page will be deleted.");
        CountingModel model = new CountingModel(IndexerFixture.model());
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, model, Clock.systemUTC());

        ReindexSummary first = indexer.index("incr", source(), ReindexListener.NONE);
        assertThat(first.mode()).as("a new knowledge base is built, then served").isEqualTo(ReindexMode.REBUILD);
        assertThat(first.added()).isEqualTo(3);
        int editChunksBefore = passages(es, "incr", "edit.md").size();
        assertThat(editChunksBefore).isGreaterThan(1);
        assertThat(passages(es, "incr", "edit.md")).extracting(IndexedPassage::pagePassages)
                .as("each passage knows how long its page is").containsOnly(editChunksBefore);

        int embeddedBefore = model.texts();
        ReindexSummary again = indexer.index("incr", source(), ReindexListener.NONE);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.added() + again.changed() + again.removed() + again.chunksWritten()).isZero();
        assertThat(model.texts()).as("nothing embedded for unchanged documents").isEqualTo(embeddedBefore);

        write("edit.md", "# Edit\n\nVersion two, much shorter.");
        Files.delete(docs.resolve("gone.md"));
        write("new.md", "# New\n\nA page added later.");
        ReindexSummary third = indexer.index("incr", source(), ReindexListener.NONE);

        assertThat(third.mode()).isEqualTo(ReindexMode.INCREMENTAL);
        assertThat(List.of(third.added(), third.changed(), third.removed(), third.unchanged(), third.failures().size()))
                .containsExactly(1, 1, 1, 1, 0);
        assertThat(model.texts() - embeddedBefore).as("only the changed and the new page are embedded").isEqualTo(2);
        assertThat(passages(es, "incr", "edit.md")).extracting(IndexedPassage::text).containsExactly("Version two, much shorter.");
        assertThat(passages(es, "incr", "edit.md")).extracting(IndexedPassage::pagePassages).containsExactly(1);
        assertThat(passages(es, "incr", "gone.md")).isEmpty();
        assertThat(passages(es, "incr", "new.md")).hasSize(1);
        assertThat(count(es, "incr")).isEqualTo(3);
    }

    /**
     * A Docent that reads pages differently (a new parsers version) changes every page: rewritten in
     * place, the replaced passages would still weigh in BM25's statistics, so the run builds a new
     * index instead - with the vectors it has, embedding nothing again.
     */
    @Test
    void pagesReadDifferentlyThanTheServedIndexSaysAreRebuiltNotRewrittenInPlace() throws Exception {
        write("one.md", "# One\n\nThe first page.");
        write("two.md", "# Two\n\nThe second page.");
        CountingModel model = new CountingModel(IndexerFixture.model());
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, model, Clock.systemUTC());
        indexer.index("readas", source(), ReindexListener.NONE);
        String alias = KnowledgeBaseIndices.alias("readas");
        assertThat(indexer.index("readas", source(), ReindexListener.NONE).mode()).as("read as today: incremental")
                .isEqualTo(ReindexMode.INCREMENTAL);
        es.call(c -> c.indices().putMapping(m -> m.index(alias)
                .meta(IndexSchema.VERSION_META_KEY, JsonData.of(IndexSchema.VERSION))
                .meta(IndexSchema.EMBEDDED_AS_META_KEY, JsonData.of(IndexSchema.EMBEDDED_AS))
                .meta("docent_read_as", JsonData.of("parsers:1/chunks:1"))));
        int embeddedBefore = model.texts();

        ReindexSummary report = indexer.index("readas", source(), ReindexListener.NONE);

        assertThat(report.mode()).isEqualTo(ReindexMode.REBUILD);
        assertThat(model.texts()).as("the vectors of the same passages are taken over").isEqualTo(embeddedBefore);
        assertThat(count(es, "readas")).isEqualTo(2);
        assertThat(indexer.index("readas", source(), ReindexListener.NONE).mode()).as("the new index says how it was read")
                .isEqualTo(ReindexMode.INCREMENTAL);
    }

    @Test
    void aRebuildAndAnEditedPageTakeTheVectorsOfUnchangedPassagesInsteadOfEmbeddingThemAgain() throws Exception {
        write("guide.md", "# Guide\n\n## Install\n\n" + paragraphs("Install it with the package manager.", 12)
                + "\n\n## Configure\n\n" + paragraphs("Configure it in the settings file.", 12));
        write("faq.md", "# FAQ\n\nShort answers to common questions.");
        CountingModel model = new CountingModel(IndexerFixture.model());
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, model, Clock.systemUTC());
        indexer.index("reuse", source(), ReindexListener.NONE);
        int embedded = model.texts();
        float[] faq = IndexerFixture.embedding(es, "reuse", "faq.md");
        var firstVersion = served(es, "reuse");

        ReindexSummary rebuilt = indexer.index("reuse", source(), ReindexMode.REBUILD, ReindexListener.NONE);

        assertThat(rebuilt.mode()).isEqualTo(ReindexMode.REBUILD);
        assertThat(served(es, "reuse")).as("a new index is served").doesNotContainAnyElementsOf(firstVersion);
        assertThat(rebuilt.chunksWritten()).isEqualTo(embedded);
        assertThat(model.texts()).as("nothing embedded again").isEqualTo(embedded);
        assertThat(IndexerFixture.embedding(es, "reuse", "faq.md")).isEqualTo(faq);

        write("guide.md", "# Guide\n\n## Install\n\n" + paragraphs("Install it with the package manager.", 12)
                + "\n\n## Configure\n\n" + paragraphs("Set it up in the configuration file.", 12));
        ReindexSummary edited = indexer.index("reuse", source(), ReindexListener.NONE);

        assertThat(edited.changed()).isEqualTo(1);
        long rewritten = passages(es, "reuse", "guide.md").stream().filter(p -> p.text().contains("configuration file")).count();
        assertThat(rewritten).isPositive().isLessThan(passages(es, "reuse", "guide.md").size());
        assertThat(model.texts() - embedded).as("only the edited section's passages are embedded").isEqualTo((int) rewritten);

        // An index that does not say it was embedded as the indexer embeds today gives no vectors.
        es.call(c -> c.indices().putMapping(m -> m.index(KnowledgeBaseIndices.alias("reuse"))
                .meta(IndexSchema.VERSION_META_KEY, JsonData.of(IndexSchema.VERSION))));
        int before = model.texts();
        ReindexSummary anew = indexer.index("reuse", source(), ReindexMode.REBUILD, ReindexListener.NONE);
        assertThat(model.texts() - before).isEqualTo(anew.chunksWritten());
    }

    @Test
    void documentThatFailsIsReportedWithItsReasonKeepsWhatItHadAndTheRestGoesOn() throws Exception {
        write("good.md", "# Good\n\nThe good page.");
        write("manual.md", "# Manual\n\nThe manual, readable at first.");
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());
        indexer.index("fail", source(), ReindexListener.NONE);

        Files.write(docs.resolve("manual.md"), "# Caf\u00e9\n\ncr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(docs.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII));
        write("other.md", "# Other\n\nAnother good page.");
        write("nested.md", "# Nested\n\n" + ">".repeat(200_000) + " deep");
        List<ReindexSummary.Failure> seen = new CopyOnWriteArrayList<>();
        ReindexSummary report = indexer.index("fail", source(), new ReindexListener() {
            @Override
            public void progressed(ReindexProgress progress) {
            }

            @Override
            public void documentFailed(ReindexSummary.Failure failure) {
                seen.add(failure);
            }
        });

        assertThat(report.failures()).extracting(ReindexSummary.Failure::document)
                .containsExactlyInAnyOrder("manual.md", "broken.pdf");
        assertThat(report.failures()).anySatisfy(f -> assertThat(f.reason()).contains("not valid UTF-8"))
                .anySatisfy(f -> assertThat(f.reason()).contains("not a readable PDF"));
        assertThat(seen).hasSize(2);
        assertThat(report.added()).as("the other page, and the page nested too deep for a worker's stack").isEqualTo(2);
        assertThat(passages(es, "fail", "nested.md")).extracting(IndexedPassage::text).containsExactly("deep");
        assertThat(passages(es, "fail", "manual.md")).extracting(IndexedPassage::text)
                .containsExactly("The manual, readable at first.");

        ReindexSummary rebuilt = indexer.index("fail", source(), ReindexMode.REBUILD, ReindexListener.NONE);
        assertThat(rebuilt.failures()).hasSize(2);
        assertThat(passages(es, "fail", "manual.md")).as("a rebuild carries a failed document's passages over")
                .extracting(IndexedPassage::text).containsExactly("The manual, readable at first.");
        assertThat(IndexerFixture.embedding(es, "fail", "manual.md")).as("with its vector").hasSize(384);
        assertThat(count(es, "fail")).isEqualTo(4);
    }

    @Test
    void rebuildSwapsTheAliasToACompleteNewIndexAndDeletesTheOldOne() throws Exception {
        write("a.md", "# A\n\nAlpha.");
        write("b.md", "# B\n\nBeta.");
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());
        indexer.index("swap", source(), ReindexListener.NONE);
        var before = served(es, "swap");

        ReindexSummary report = indexer.index("swap", source(), ReindexMode.REBUILD, ReindexListener.NONE);

        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.chunksWritten()).isEqualTo(2);
        assertThat(served(es, "swap")).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(versions(es, "swap")).isEqualTo(served(es, "swap"));
        assertThat(count(es, "swap")).isEqualTo(2);
    }

    @Test
    void elasticsearchGoingAwayHalfWayThroughARebuildLeavesTheAliasServingWhatItServed() throws Exception {
        for (int i = 0; i < 6; i++) {
            write("page-" + i + ".md", "# Page " + i + "\n\nThe first edition of page " + i + ".");
        }
        IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC()).index("halfway", source(), ReindexListener.NONE);
        var servedBefore = served(es, "halfway");
        for (int i = 0; i < 6; i++) {
            write("page-" + i + ".md", "# Page " + i + "\n\nThe second edition of page " + i + ".");
        }

        try (ElasticsearchProxy proxy = new ElasticsearchProxy(endpoint.uri());
             ElasticsearchConnection viaProxy = ElasticsearchConnection.open(proxy.uri(), java.util.Optional.empty())) {
            int bulksBefore = proxy.bulks();
            DocumentSource dying = goesAwayAtThirdDocument(source(), proxy, bulksBefore);
            KnowledgeBaseIndexer indexer = IndexerFixture.indexer(viaProxy, IndexerFixture.model(), Clock.systemUTC());

            assertThatThrownBy(() -> indexer.index("halfway", dying, ReindexMode.REBUILD, ReindexListener.NONE))
                    .isInstanceOf(ElasticsearchUnavailableException.class);
            assertThat(proxy.bulks()).as("the new index was partly written before Elasticsearch went away")
                    .isGreaterThan(bulksBefore);
        }

        assertThat(served(es, "halfway")).isEqualTo(servedBefore);
        assertThat(count(es, "halfway")).isEqualTo(6);
        assertThat(passages(es, "halfway", "page-0.md")).extracting(IndexedPassage::text)
                .containsExactly("The first edition of page 0.");

        // Elasticsearch is back; the dead run's lock has expired: the next run finishes the job and cleans up.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        ReindexSummary next = IndexerFixture.indexer(es, IndexerFixture.model(), later)
                .index("halfway", source(), ReindexMode.REBUILD, ReindexListener.NONE);
        assertThat(next.changed()).isEqualTo(6);
        assertThat(versions(es, "halfway")).isEqualTo(served(es, "halfway"));
        assertThat(passages(es, "halfway", "page-0.md")).extracting(IndexedPassage::text)
                .containsExactly("The second edition of page 0.");
    }

    @Test
    void aRunKilledMidRebuildIsCleanedUpByTheNextRunAndItsRecordSaysInterrupted() throws Exception {
        write("a.md", "# A\n\nAlpha.");
        IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC()).index("killed", source(), ReindexListener.NONE);
        // What a process killed with -9 leaves: a half-written, unserved version, its lock, its run marked running.
        String leftover = "docent-kb-killed-20200101-000000-000";
        es.call(c -> c.indices().create(r -> r.index(leftover)));
        StateIndex state = new StateIndex(es);
        long now = System.currentTimeMillis();
        es.call(c -> c.create(r -> r.index(StateIndex.NAME).id(LockDocument.id("killed"))
                .document(new LockDocument("reindex_lock", "killed", "dead-host/pid-1", now, now + 120_000))));
        new IndexingRuns(state, Clock.systemUTC()).started("killed", "rebuild", "somewhere", "dead-host/pid-1");

        KnowledgeBaseIndexer meanwhile = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());
        assertThatThrownBy(() -> meanwhile.index("killed", source(), ReindexListener.NONE))
                .isInstanceOf(ReindexInProgressException.class)
                .hasMessageContaining("is being reindexed by dead-host/pid-1");

        Clock afterExpiry = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3));
        assertThat(new KnowledgeBaseStatuses(es, afterExpiry, kb -> false).status("killed").lastRun().map(ReindexRun::outcome))
                .hasValue(ReindexRun.Outcome.INTERRUPTED);
        ReindexSummary report = IndexerFixture.indexer(es, IndexerFixture.model(), afterExpiry)
                .index("killed", source(), ReindexListener.NONE);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(versions(es, "killed")).doesNotContain(leftover).isEqualTo(served(es, "killed"));
    }

    @Test
    void progressCountsDocumentsAndChunksAndTheStatusKeepsTheLastRun() throws Exception {
        write("one.md", "# One\n\nFirst.\n\n## Part\n\nSecond section.");
        write("two.txt", "Plain text.");
        List<ReindexProgress> progress = new ArrayList<>();
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());

        ReindexSummary report = indexer.index("progress", source(), p -> {
            synchronized (progress) {
                progress.add(p);
            }
        });

        assertThat(progress.getLast().documentsDone()).isEqualTo(2);
        assertThat(progress.getLast().documentsTotal()).isEqualTo(2);
        assertThat(progress.getLast().chunksDone()).isEqualTo(3);
        assertThat(progress).extracting(ReindexProgress::documentsDone).isSorted();
        assertThat(progress.getLast().remaining()).hasValue(Duration.ZERO);

        KnowledgeBaseStatus status = new KnowledgeBaseStatuses(es, Clock.systemUTC(), kb -> false).status("progress");
        assertThat(status.documents()).isEqualTo(2);
        assertThat(status.chunks()).isEqualTo(3);
        assertThat(status.lastRun().map(ReindexRun::outcome)).hasValue(ReindexRun.Outcome.SUCCEEDED);
        assertThat(status.lastRun().orElseThrow().added()).isEqualTo(report.added());
        assertThat(status.reindexing()).isEmpty();
    }

    @Test
    void siteMarkupNeverReachesThePassagesAndFrontMatterOnlyPagesAreReportedEmptyNotFailed() throws Exception {
        Files.createDirectories(docs.resolve("guide"));
        write("guide/install.md", """
                ---
                title: Installing the CLI
                description: Get the CLI on your machine.
                eleventyNavigation:
                    key: install
                ---
                {%- from 'components/npm_tabs.macro.html' import npm_tabs with context %}

                Install the CLI with your package manager.

                {{ npm_tabs({ packages: ["acme-cli"] }) }}

                ::: tip
                Pin the CLI version in CI so builds stay reproducible.
                :::

                ## Verify

                {% raw %}Run `acme --version` to check the install.{% endraw %}

                ```shell
                acme --version
                ```
                """);
        write("guide/hosting.md", """
                +++
                title = "Hosting"
                +++
                {{< hint type="warning" >}}
                Static hosting needs the export step first.
                {{< /hint >}}

                !!! note "Custom domains"
                    Point a CNAME record at the hosting address.

                --8<-- "includes/abbreviations.md"
                """);
        write("guide/tabs.mdx", """
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';

                # Configuring proxies

                <Tabs>
                  <TabItem value="env">

                    Set the HTTPS_PROXY variable before running the CLI.

                  </TabItem>
                </Tabs>
                """);
        write("nav.md", "---\neleventyNavigation:\n    key: guide\n    title: Guide\n---\n");
        write("old-page.md", "---\nredirect_to: /guide/install/\n---\n");
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());

        ReindexSummary report = indexer.index("sites", source(), ReindexListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.emptyDocuments()).containsExactlyInAnyOrder("nav.md", "old-page.md");
        assertThat(report.empty()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(3);
        List<IndexedPassage> indexed = new ArrayList<>();
        for (String page : List.of("guide/install.md", "guide/hosting.md", "guide/tabs.mdx")) {
            indexed.addAll(passages(es, "sites", page));
        }
        assertThat(indexed).extracting(IndexedPassage::text).allSatisfy(text -> assertThat(text)
                .doesNotContain(":::", "{%", "{{", "!!!", "8<", "<Tabs", "<TabItem")
                .doesNotContainPattern("(?m)^\\s*(import|export) "));
        assertThat(String.join("\n", indexed.stream().map(IndexedPassage::text).toList())).contains(
                "Tip:\nPin the CLI version in CI so builds stay reproducible.",
                "Run `acme --version` to check the install.",
                "```shell\nacme --version\n```",
                "Static hosting needs the export step first.",
                "Note: Custom domains\nPoint a CNAME record at the hosting address.",
                "Set the HTTPS_PROXY variable before running the CLI.");
        assertThat(indexed).extracting(IndexedPassage::title).contains("Installing the CLI", "Hosting", "Configuring proxies");
        assertThat(count(es, "sites")).isEqualTo(indexed.size());
    }

    @Test
    void pageThatLosesAllItsTextLosesItsPassagesLikeARemovedPage() throws Exception {
        write("keep.md", "# Keep\n\nThis page stays.");
        write("moved.md", "# Moved\n\nThis page will become a redirect.");
        KnowledgeBaseIndexer indexer = IndexerFixture.indexer(es, IndexerFixture.model(), Clock.systemUTC());
        indexer.index("emptied", source(), ReindexListener.NONE);
        assertThat(passages(es, "emptied", "moved.md")).hasSize(1);

        write("moved.md", "---\nredirect_to: /keep/\n---\n");
        ReindexSummary report = indexer.index("emptied", source(), ReindexListener.NONE);

        assertThat(report.mode()).isEqualTo(ReindexMode.INCREMENTAL);
        assertThat(report.failures()).isEmpty();
        assertThat(report.emptyDocuments()).containsExactly("moved.md");
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(passages(es, "emptied", "moved.md")).isEmpty();
        assertThat(count(es, "emptied")).isEqualTo(1);
    }

    private DocumentSource source() {
        return new DirectorySource(docs, "https://docs.example/");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(docs.resolve(name), text);
    }

    private static String paragraphs(String sentence, int count) {
        return String.join("\n\n", java.util.Collections.nCopies(count, (sentence + " ").repeat(8).strip()));
    }

    /** The same documents; reading the third waits until the new index got a bulk, then Elasticsearch goes away. */
    private static DocumentSource goesAwayAtThirdDocument(DocumentSource source, ElasticsearchProxy proxy, int bulksBefore) {
        return new DocumentSource() {
            @Override
            public String describe() {
                return source.describe();
            }

            @Override
            public List<SourceDocument> list() throws java.io.IOException {
                List<SourceDocument> documents = new ArrayList<>(source.list());
                SourceDocument third = documents.get(2);
                documents.set(2, new SourceDocument(third.id(), third.url(), DocumentFormat.MARKDOWN, () -> {
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (proxy.bulks() == bulksBefore && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    proxy.goAway();
                    return third.content().read();
                }));
                return documents;
            }
        };
    }
}
