package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import dev.docent.core.Docent;
import dev.docent.core.answer.Action;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.followup.RuleFollowUpRewriter;
import dev.docent.core.generation.CitationVerifier;
import dev.docent.core.generation.ExtractiveAnswerGenerator;
import dev.docent.core.grounding.RetrievalGrounding;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.question.Question;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.testing.SupportDocs;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What hybrid retrieval promises, written once and run against every Elasticsearch we support:
 * the embedded node here, and the official images wherever Docker runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HybridRetrievalContract {

    private static final Set<String> PUBLIC_ONLY = Set.of(SupportDocs.PRODUCT);
    private static final Set<String> EVERYTHING = Set.of(SupportDocs.PRODUCT, SupportDocs.RUNBOOKS);

    private ElasticsearchConnection elasticsearch;
    private PassageSearch search;
    private QueryEmbedder embedder;
    private HybridRetriever retriever;

    protected abstract URI elasticsearchUri();

    @BeforeAll
    void writeSupportDocs() {
        elasticsearch = ElasticsearchConnection.open(elasticsearchUri(), Optional.empty());
        SupportDocs.writeTo(elasticsearch);
        search = new PassageSearch(elasticsearch);
        embedder = QueryEmbedder.forBge(SupportDocs.model());
        retriever = new HybridRetriever(search, embedder, HybridRetriever.Settings.defaults(), RelevanceModel.bundled().ranker());
    }

    @AfterAll
    void close() {
        elasticsearch.close();
    }

    @Test
    void knowledgeBaseIndexHasEnglishTextAndExactlySearchedCosineVectors() {
        Map<String, Property> fields = elasticsearch.call(c -> c.indices()
                        .getMapping(m -> m.index(KnowledgeBaseIndices.alias(SupportDocs.PRODUCT))))
                .mappings().values().iterator().next().mappings().properties();

        assertThat(fields.get(IndexSchema.TEXT).text().analyzer()).isEqualTo("english");
        assertThat(fields.get(IndexSchema.TEXT).text().fields().get("words").text().analyzer())
                .as("the words as written, for misspelt questions").isEqualTo("standard");
        assertThat(fields.get(IndexSchema.TITLE).text().analyzer()).isEqualTo("english");
        assertThat(fields.get(IndexSchema.KNOWLEDGE_BASE).isKeyword()).isTrue();
        var vector = fields.get(IndexSchema.EMBEDDING).denseVector();
        assertThat(vector.dims()).isEqualTo(384);
        assertThat(vector.similarity().jsonValue()).isEqualTo("cosine");
        assertThat(vector.indexOptions().type().jsonValue()).isEqualTo("flat");
    }

    @Test
    void bm25AloneFindsTheExactTermThroughTheEnglishAnalyzer() {
        List<SearchHit> hits = search.lexical("uploading files", PUBLIC_ONLY, 10).join();
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().documentId()).isEqualTo("limits/uploads.md");
        assertThat(hits.getFirst().pagePassages()).as("the page's length, read with the hit").isEqualTo(1);
    }

    @Test
    void knnAloneFindsAParaphraseWithNoSharedWord() {
        List<SearchHit> hits = search.semantic(embedder.embed("how do I stop paying for Formwell"), PUBLIC_ONLY, 10, 100).join();
        assertThat(hits.getFirst().documentId()).isEqualTo("billing/cancel.md");
        assertThat(hits.getFirst().pagePassages()).isEqualTo(1);
        assertThat(search.lexical("how do I stop paying", PUBLIC_ONLY, 10).join())
                .extracting(SearchHit::documentId).doesNotContain("billing/cancel.md");
    }

    @Test
    void fusionPutsThePassageBothSearchesFoundFirst() {
        Retrieval retrieval = retriever.retrieve("webhook delivery retries", PUBLIC_ONLY);
        RankedPassage first = retrieval.passages().getFirst();
        assertThat(first.passage().documentId()).isEqualTo("api/webhooks.md");
        assertThat(first.lexicalRank()).hasValue(1);
        assertThat(first.semanticRank()).hasValue(1);
        assertThat(retrieval.queryEmbedding()).hasSize(IndexSchema.EMBEDDING_DIMENSIONS);
        assertThat(retrieval.timingsMs()).containsKeys("embedMs", "searchMs", "retrieveMs");
    }

    @Test
    void publicPlaceNeverSeesInternalRunbooks() {
        String question = "webhook deliveries pile up, drain the retry queue with the internal admin console";

        // A passage's id starts with its knowledge base (IndexedPassage.id()).
        assertThat(search.lexical(question, PUBLIC_ONLY, 50).join()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.id()).startsWith(SupportDocs.PRODUCT + ":"));
        assertThat(search.semantic(embedder.embed(question), PUBLIC_ONLY, 50, 100).join()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.id()).startsWith(SupportDocs.PRODUCT + ":"));
        List<String> runbookIds = search.lexical(question, EVERYTHING, 50).join().stream()
                .map(SearchHit::id).filter(id -> id.startsWith(SupportDocs.RUNBOOKS + ":")).toList();
        assertThat(runbookIds).isNotEmpty();
        assertThat(search.passages(runbookIds, PUBLIC_ONLY).join()).as("not even by id").isEmpty();
        assertThat(retriever.retrieve(question, PUBLIC_ONLY).passages())
                .allSatisfy(p -> assertThat(p.passage().knowledgeBase()).isEqualTo(SupportDocs.PRODUCT));
        // The same question from a place that may see runbooks does get the runbook: the filter, not luck, hid it.
        assertThat(retriever.retrieve(question, EVERYTHING).passages())
                .extracting(p -> p.passage().knowledgeBase()).contains(SupportDocs.RUNBOOKS);
    }

    @Test
    void citationNumbersInTheAnswerMatchTheListedSources() {
        Answer answer = docent(PUBLIC_ONLY).answer(Question.fromConsole(
                "Which plans have SAML single sign-on, and how big can uploaded files be on Business?"));

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).isNotEmpty();
        Matcher markers = Pattern.compile("\\[(\\d+)]").matcher(answer.text());
        java.util.Set<Integer> cited = new java.util.TreeSet<>();
        while (markers.find()) {
            cited.add(Integer.parseInt(markers.group(1)));
        }
        assertThat(cited).containsExactlyElementsOf(answer.citations().stream().map(Citation::number).toList());
        assertThat(answer.citations()).extracting(Citation::url).allMatch(url -> url.startsWith("https://docs.formwell.example/"));
        assertThat(answer.citations()).extracting(Citation::knowledgeBase).containsOnly(SupportDocs.PRODUCT);
    }

    @Test
    void questionTheDocsCannotAnswerGetsAnHonestNotFoundAndTheOfferOfAPerson() {
        Answer answer = docent(PUBLIC_ONLY).answer(Question.fromConsole("What is a good recipe for banana bread?"));

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).isEqualTo(Docent.NOT_FOUND_TEXT);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.decision().action()).isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(answer.decision().reason()).hasValue(EscalationPolicy.NOT_FOUND_REASON);
    }

    @Test
    void contentRetrieverGivesLangChain4jThePassagesWithTheirSources() {
        List<Content> contents = retriever.scopedTo(PUBLIC_ONLY).retrieve(Query.from("cancel subscription"));
        assertThat(contents).isNotEmpty();
        Content first = contents.getFirst();
        assertThat(first.textSegment().text()).contains("cancel your subscription");
        assertThat(first.textSegment().metadata().getString(IndexSchema.URL)).isEqualTo("https://docs.formwell.example/billing/cancel.md");
        assertThat(first.textSegment().metadata().getString(IndexSchema.KNOWLEDGE_BASE)).isEqualTo(SupportDocs.PRODUCT);
    }

    private Docent docent(Set<String> knowledgeBases) {
        return new Docent(KnowledgeBaseAccess.only(knowledgeBases), new RuleFollowUpRewriter(),
                new RetrievalGrounding(retriever, RelevanceModel.bundled(),
                        new ExtractiveAnswerGenerator(ExtractiveAnswerGenerator.Limits.defaults()),
                        new CitationVerifier(CitationVerifier.Thresholds.defaults(), new SimpleMeterRegistry())),
                IntentClassifier.NONE, EscalationPolicy.offerHumanWhenNotFound());
    }
}
