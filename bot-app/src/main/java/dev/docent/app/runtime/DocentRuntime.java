package dev.docent.app.runtime;

import dev.docent.core.Docent;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.app.config.DocentConfig;
import dev.docent.core.cache.AnswerCache;
import dev.docent.core.grounding.Grounding;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Optional;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.write.PassageWriter;
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

    private static final int CHUNK_CHARS = 1_200;
    private static final int CHUNK_OVERLAP_CHARS = 150;

    private final RunningElasticsearch elasticsearch;
    private final EmbeddingModel embeddingModel;
    private final KnowledgeBaseCatalog catalog;
    private final HybridRetriever retriever;
    private final MeterRegistry metrics = new SimpleMeterRegistry();
    private final AnswerWiring answers;
    private ChunkEmbedder chunkEmbedder;

    DocentRuntime(RunningElasticsearch elasticsearch, EmbeddingModel embeddingModel, DocentConfig config,
                  Map<String, String> env) {
        this.elasticsearch = elasticsearch;
        this.embeddingModel = embeddingModel;
        this.catalog = new KnowledgeBaseCatalog(elasticsearch.connection(), Clock.systemUTC());
        this.retriever = new HybridRetriever(new PassageSearch(elasticsearch.connection()),
                QueryEmbedder.forBge(embeddingModel), HybridRetriever.Settings.defaults());
        this.answers = new AnswerWiring(config, env, retriever, elasticsearch.connection(), metrics);
    }

    /** Starts Elasticsearch (or connects to it) while the embedding model loads: they are the two slow parts. */
    public static DocentRuntime start(Settings settings, ElasticsearchStarter starter, DocentConfig config) {
        CompletableFuture<EmbeddingModel> model = CompletableFuture.supplyAsync(QueryEmbedder::bgeSmallEnV15);
        RunningElasticsearch elasticsearch = starter.start(settings);
        try {
            return new DocentRuntime(elasticsearch, model.join(), config, System.getenv());
        } catch (CompletionException e) {
            elasticsearch.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            elasticsearch.close();
            throw e;
        }
    }

    public static DocentRuntime using(RunningElasticsearch elasticsearch, EmbeddingModel model) {
        return using(elasticsearch, model, DocentConfig.empty(), Map.of());
    }

    public static DocentRuntime using(RunningElasticsearch elasticsearch, EmbeddingModel model, DocentConfig config,
                                      Map<String, String> env) {
        return new DocentRuntime(elasticsearch, model, config, env);
    }

    public ElasticsearchConnection elasticsearch() {
        return elasticsearch.connection();
    }

    public EmbeddingModel embeddingModel() {
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
        return new Docent(KnowledgeBaseAccess.only(knowledgeBases), answers.followUps(), answers.grounding(),
                IntentClassifier.NONE, EscalationPolicy.offerHumanWhenNotFound());
    }

    /** Retrieval, relevance, generation and verification, without the answer cache: what evaluations measure. */
    public Grounding uncachedGrounding() {
        return answers.uncachedGrounding();
    }

    /** The same, through the answer cache when one is configured. */
    public Grounding grounding() {
        return answers.grounding();
    }

    public Optional<AnswerCache> answerCache() {
        return answers.cache();
    }

    /** The model that writes answers, if one is configured. */
    public Optional<String> answerModel() {
        return answers.modelName();
    }

    public MeterRegistry metrics() {
        return metrics;
    }

    public synchronized KnowledgeBaseIndexer indexer() {
        if (chunkEmbedder == null) {
            chunkEmbedder = new ChunkEmbedder(embeddingModel, Runtime.getRuntime().availableProcessors());
        }
        return new KnowledgeBaseIndexer(catalog, DocumentParsers.markdownAndText(),
                new SectionChunker(CHUNK_CHARS, CHUNK_OVERLAP_CHARS), chunkEmbedder,
                new PassageWriter(elasticsearch.connection()));
    }

    @Override
    public synchronized void close() {
        if (chunkEmbedder != null) {
            chunkEmbedder.close();
        }
        elasticsearch.close();
    }
}
