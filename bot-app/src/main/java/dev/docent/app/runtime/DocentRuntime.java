package dev.docent.app.runtime;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.intents.IntentWiring;
import dev.docent.app.server.ElasticsearchProbe;
import dev.docent.core.Docent;
import dev.docent.core.cache.AnswerCache;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.desk.Answerer;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.grounding.Grounding;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.Reindexer;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.core.tenant.TenantDirectory;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.SourcedReindexer;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Docent's parts, wired once per process: the Elasticsearch connection (to ES_URL or to the
 * embedded node it starts), the embedding model, the catalog, the answer pipeline and the indexer.
 */
public final class DocentRuntime implements AutoCloseable {

    private final RunningElasticsearch elasticsearch;
    private final EmbeddingModel embeddingModel;
    private final KnowledgeBaseCatalog catalog;
    private final HybridRetriever retriever;
    private final RelevanceModel relevance;
    private final IntentWiring intents;
    /** Docent's meters; {@code docent serve} adds its Prometheus registry, so /metrics shows them. */
    private final CompositeMeterRegistry metrics = new CompositeMeterRegistry();
    private final AnswerWiring answers;
    private final DocentConfig config;
    private final Map<String, String> env;
    private ChunkEmbedder chunkEmbedder;
    private KnowledgeBaseIndexer indexer;

    DocentRuntime(RunningElasticsearch elasticsearch, EmbeddingModel embeddingModel, DocentConfig config,
                  Map<String, String> env, IntentWiring intents) {
        this.elasticsearch = elasticsearch;
        this.embeddingModel = embeddingModel;
        this.intents = intents;
        this.config = config;
        this.env = Map.copyOf(env);
        this.catalog = new KnowledgeBaseCatalog(elasticsearch.connection(), Clock.systemUTC());
        this.relevance = config.relevanceModelFile().map(RelevanceModels::read).orElseGet(RelevanceModel::bundled);
        this.retriever = new HybridRetriever(new PassageSearch(elasticsearch.connection()),
                QueryEmbedder.forBge(embeddingModel), HybridRetriever.Settings.defaults(), relevance.ranker());
        this.metrics.add(new SimpleMeterRegistry());
        this.answers = new AnswerWiring(config, env, retriever, relevance, elasticsearch.connection(), metrics);
    }

    /** Starts Elasticsearch (or connects to it) while the embedding model loads: they are the two slow parts. */
    public static DocentRuntime start(Settings settings, ElasticsearchStarter starter, DocentConfig config,
                                      Map<String, String> env) {
        // A broken intent model or policy fails before Elasticsearch starts, not after.
        IntentWiring intents = IntentWiring.from(config.intents(), name -> Optional.ofNullable(env.get(name)));
        CompletableFuture<EmbeddingModel> model = CompletableFuture.supplyAsync(() -> EmbeddingModelOfTheProcess.INSTANCE);
        RunningElasticsearch elasticsearch = starter.start(settings);
        try {
            return new DocentRuntime(elasticsearch, model.join(), config, env, intents);
        } catch (CompletionException e) {
            elasticsearch.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            elasticsearch.close();
            throw e;
        }
    }

    /** With the default configuration: extractive answers, the bundled intent model, the default policy. */
    public static DocentRuntime using(RunningElasticsearch elasticsearch, EmbeddingModel model) {
        return using(elasticsearch, model, DocentConfig.empty(), Map.of());
    }

    public static DocentRuntime using(RunningElasticsearch elasticsearch, EmbeddingModel model, DocentConfig config,
                                      Map<String, String> env) {
        return new DocentRuntime(elasticsearch, model, config, env,
                IntentWiring.from(config.intents(), name -> Optional.ofNullable(env.get(name))));
    }

    /** What {@code /health} asks about Elasticsearch, the embedded node's supervisor included. */
    public ElasticsearchProbe elasticsearchProbe() {
        return new ElasticsearchProbe(elasticsearch.connection(), elasticsearch.nodeState());
    }

    public ElasticsearchConnection elasticsearch() {
        return elasticsearch.connection();
    }

    /**
     * The in-process model that embeds questions and passages (one thread per call). Only the lab
     * calls it (benchmarks, relevance training); the product embeds through the retriever and the indexer.
     */
    public EmbeddingModel queryEmbeddingModel() {
        return embeddingModel;
    }

    public KnowledgeBaseCatalog catalog() {
        return catalog;
    }

    /** Nothing calls it today, in the product or the lab; the answer pipeline holds the retriever itself. */
    public HybridRetriever retriever() {
        return retriever;
    }

    /**
     * How pages are ranked and answers judged: docent.yml's relevanceModelFile, else the shipped one.
     * Only the lab calls it ({@code bench retrieval}, {@code eval}); the answer pipeline is given it here.
     */
    public RelevanceModel relevance() {
        return relevance;
    }

    /** The answer pipeline for places that may see exactly these knowledge bases. */
    public Docent docent(Set<String> knowledgeBases) {
        return docent(KnowledgeBaseAccess.only(knowledgeBases));
    }

    /**
     * The support desk chat adapters serve, for the tenants of {@code config}. Knowledge bases that the
     * configuration does not declare are only searchable when it declares none (a single-team
     * install); declared ones are the whole world otherwise. Admins can reindex every knowledge
     * base with configured sources, and the bundled sample from the bundle unless configured otherwise.
     */
    public SupportDesk supportDesk(DocentConfig config, SourceFactory sourceFactory, MeterRegistry exported) {
        return supportDesk(config, sourceFactory, exported, UnaryOperator.identity());
    }

    /** The same with the answer pipeline wrapped, e.g. to record each question it is asked (tests). */
    public SupportDesk supportDesk(DocentConfig config, SourceFactory sourceFactory, MeterRegistry exported,
                                   UnaryOperator<Answerer> around) {
        metrics.add(exported);
        Supplier<Set<String>> all = config.knowledgeBases().isEmpty()
                ? catalog::answeringByDefault
                : () -> config.knowledgeBases().keySet();
        TenantDirectory tenants = new TenantDirectory(config.tenants(), config.defaultKnowledgeBases(),
                config.internalKnowledgeBases(), all);
        Clock clock = Clock.systemUTC();
        ElasticsearchConnection es = elasticsearch.connection();
        Reindexer reindexer = new SourcedReindexer(ReindexSources.of(config, sourceFactory), this::indexer, new KnowledgeBaseStatuses(es, clock, tenants::isInternal),
                catalog::names);
        DeskIndices.create(es);
        return new SupportDesk(around.apply(docent(tenants.access())::answer), tenants, new ElasticsearchAnswerLog(es, clock),
                new ElasticsearchFeedbackStore(es, clock), new ElasticsearchEscalationCases(es, clock), teamAnswers(),
                new ElasticsearchEventLedger(es, clock), reindexer, metrics, config.paging().limits(), clock);
    }

    /** Every tenant's team answers: saved from case threads, reviewed with {@code docent team-answers}. */
    public TeamAnswers teamAnswers() {
        ElasticsearchTeamAnswers.createIndex(elasticsearch.connection());
        return new ElasticsearchTeamAnswers(elasticsearch.connection(), catalog, embeddingModel);
    }

    private Docent docent(KnowledgeBaseAccess access) {
        return new Docent(access, answers.followUps(), answers.grounding(), intents.classifier(), intents.policy());
    }

    /**
     * The whole answer pipeline for these knowledge bases without the answer cache: what evaluations
     * ask. Only the lab ({@code eval}, the golden-set gate) and tests call it.
     */
    public Docent uncachedDocent(Set<String> knowledgeBases) {
        return new Docent(KnowledgeBaseAccess.only(knowledgeBases), answers.followUps(), answers.uncachedGrounding(),
                intents.classifier(), intents.policy());
    }

    /**
     * The same with another relevance model: how a freshly trained one is measured before it is
     * shipped. Only the lab calls it ({@code eval --train-relevance}).
     */
    public Docent uncachedDocent(Set<String> knowledgeBases, RelevanceModel model) {
        HybridRetriever ranked = new HybridRetriever(new PassageSearch(elasticsearch.connection()),
                QueryEmbedder.forBge(embeddingModel), HybridRetriever.Settings.defaults(), model.ranker());
        AnswerWiring wiring = new AnswerWiring(config, env, ranked, model, elasticsearch.connection(), metrics);
        return new Docent(KnowledgeBaseAccess.only(knowledgeBases), wiring.followUps(), wiring.uncachedGrounding(),
                intents.classifier(), intents.policy());
    }

    /**
     * The intent classifier and escalation policy docent.yml asks for. Only the lab calls it
     * (relevance training); the answer pipelines are wired with them here.
     */
    public IntentWiring intents() {
        return intents;
    }

    /**
     * Retrieval, relevance, generation and verification, without the answer cache: what evaluations
     * measure. Kept for the lab; nothing calls it today ({@code eval} asks {@link #uncachedDocent}).
     */
    public Grounding uncachedGrounding() {
        return answers.uncachedGrounding();
    }

    /**
     * The same, through the answer cache when one is configured. Only the lab ({@code eval}'s
     * repeated pass) and tests call it; the product's answers go through {@link #docent}.
     */
    public Grounding grounding() {
        return answers.grounding();
    }

    /** The answer cache, when one is configured. Only the lab ({@code eval}'s hit rate) and tests call it. */
    public Optional<AnswerCache> answerCache() {
        return answers.cache();
    }

    /** The model that writes answers, if one is configured. Only the lab calls it ({@code eval} prints it). */
    public Optional<String> answerModel() {
        return answers.modelName();
    }

    public MeterRegistry metrics() {
        return metrics;
    }

    public synchronized KnowledgeBaseIndexer indexer() {
        if (indexer == null) {
            indexer = KnowledgeBaseIndexer.create(elasticsearch.connection(), chunkEmbedder(), Clock.systemUTC());
        }
        return indexer;
    }

    /**
     * Passages are embedded on one thread per core, each on a single-threaded model session (see
     * README). Public for the lab ({@code bench index} measures it); the product reaches it through
     * {@link #indexer}.
     */
    public synchronized ChunkEmbedder chunkEmbedder() {
        if (chunkEmbedder == null) {
            chunkEmbedder = new ChunkEmbedder(embeddingModel, Runtime.getRuntime().availableProcessors());
        }
        return chunkEmbedder;
    }

    /** Knowledge bases' status, internal ones as docent.yml says. */
    public KnowledgeBaseStatuses statuses() {
        return new KnowledgeBaseStatuses(elasticsearch.connection(), Clock.systemUTC(), config.internalKnowledgeBases()::contains);
    }

    /** Every knowledge base Elasticsearch has or docent.yml declares, by name. */
    public Set<String> knowledgeBaseNames() {
        Set<String> names = new TreeSet<>(catalog().names());
        names.addAll(config.knowledgeBases().keySet());
        return names;
    }

    /** Every knowledge base Elasticsearch has or docent.yml declares, by name, with its status. */
    public List<KnowledgeBaseStatus> knowledgeBaseStatuses() {
        KnowledgeBaseStatuses statuses = statuses();
        return knowledgeBaseNames().stream().map(statuses::status).toList();
    }

    /** One per process, loaded on first use: loading costs a second, and one session serves every run. */
    private static final class EmbeddingModelOfTheProcess {
        static final EmbeddingModel INSTANCE = QueryEmbedder.bgeSmallEnV15();
    }

    @Override
    public synchronized void close() {
        if (chunkEmbedder != null) {
            chunkEmbedder.close();
        }
        elasticsearch.close();
    }
}
