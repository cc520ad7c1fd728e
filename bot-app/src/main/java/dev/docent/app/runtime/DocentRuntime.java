package dev.docent.app.runtime;

import dev.docent.core.Docent;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.generation.ExtractiveAnswerGenerator;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.core.retrieval.RelevanceFilter;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.embed.IndexingEmbeddingModel;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Docent's parts, wired once per process: the Elasticsearch connection (to ES_URL or to the
 * embedded node it starts), the embedding model, the catalog, the answer pipeline and the indexer.
 */
public final class DocentRuntime implements AutoCloseable {

    /** One per process: loading the model costs a second, and one session serves every run. */
    private static EmbeddingModel indexingModel;

    private final RunningElasticsearch elasticsearch;
    private final EmbeddingModel embeddingModel;
    private final KnowledgeBaseCatalog catalog;
    private final HybridRetriever retriever;
    private ChunkEmbedder chunkEmbedder;
    private KnowledgeBaseIndexer indexer;

    DocentRuntime(RunningElasticsearch elasticsearch, EmbeddingModel embeddingModel) {
        this.elasticsearch = elasticsearch;
        this.embeddingModel = embeddingModel;
        this.catalog = new KnowledgeBaseCatalog(elasticsearch.connection(), Clock.systemUTC());
        this.retriever = new HybridRetriever(new PassageSearch(elasticsearch.connection()),
                QueryEmbedder.forBge(embeddingModel), HybridRetriever.Settings.defaults());
    }

    /** Starts Elasticsearch (or connects to it) while the embedding model loads: they are the two slow parts. */
    public static DocentRuntime start(Settings settings, ElasticsearchStarter starter) {
        CompletableFuture<EmbeddingModel> model = CompletableFuture.supplyAsync(QueryEmbedder::bgeSmallEnV15);
        RunningElasticsearch elasticsearch = starter.start(settings);
        try {
            return new DocentRuntime(elasticsearch, model.join());
        } catch (CompletionException e) {
            elasticsearch.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public static DocentRuntime using(RunningElasticsearch elasticsearch, EmbeddingModel model) {
        return new DocentRuntime(elasticsearch, model);
    }

    public ElasticsearchConnection elasticsearch() {
        return elasticsearch.connection();
    }

    /** The stock in-process model that embeds questions (every core on one text). */
    public EmbeddingModel queryEmbeddingModel() {
        return embeddingModel;
    }

    public KnowledgeBaseCatalog catalog() {
        return catalog;
    }

    public HybridRetriever retriever() {
        return retriever;
    }

    /** The answer pipeline for places that may see exactly these knowledge bases. */
    public Docent docent(Set<String> knowledgeBases) {
        return new Docent(KnowledgeBaseAccess.only(knowledgeBases), retriever,
                new RelevanceFilter(RelevanceFilter.Thresholds.defaults()),
                new ExtractiveAnswerGenerator(ExtractiveAnswerGenerator.Limits.defaults()),
                IntentClassifier.NONE, EscalationPolicy.offerHumanWhenNotFound());
    }

    public synchronized KnowledgeBaseIndexer indexer() {
        if (indexer == null) {
            indexer = KnowledgeBaseIndexer.create(elasticsearch.connection(), chunkEmbedder(), Clock.systemUTC());
        }
        return indexer;
    }

    /** Passages are embedded on one thread per core, each on a single-threaded model session (see README). */
    public synchronized ChunkEmbedder chunkEmbedder() {
        if (chunkEmbedder == null) {
            chunkEmbedder = new ChunkEmbedder(indexingModel(), Runtime.getRuntime().availableProcessors());
        }
        return chunkEmbedder;
    }

    public KnowledgeBaseStatuses statuses() {
        return new KnowledgeBaseStatuses(elasticsearch.connection(), Clock.systemUTC());
    }

    private static synchronized EmbeddingModel indexingModel() {
        if (indexingModel == null) {
            indexingModel = IndexingEmbeddingModel.bgeSmallEnV15();
        }
        return indexingModel;
    }

    @Override
    public synchronized void close() {
        if (chunkEmbedder != null) {
            chunkEmbedder.close();
        }
        elasticsearch.close();
    }
}
