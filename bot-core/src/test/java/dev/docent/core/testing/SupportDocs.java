package dev.docent.core.testing;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small, hand-written pair of knowledge bases for retrieval tests: public product docs and an
 * internal runbook whose words overlap them on purpose, so that leaking it would be easy to see.
 * Passages are embedded by the real bge-small model and written to a real Elasticsearch.
 */
public final class SupportDocs {

    public static final String PRODUCT = "product";
    public static final String RUNBOOKS = "runbooks";

    private static EmbeddingModel model;

    private SupportDocs() {
    }

    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = QueryEmbedder.bgeSmallEnV15();
        }
        return model;
    }

    public static List<IndexedPassage> productPassages() {
        return List.of(
                passage(PRODUCT, "accounts/sso.md", 0, "Single sign-on", List.of("SAML setup"),
                        "Single sign-on with SAML 2.0 is available on the Business and Enterprise plans. "
                                + "Open Settings > Security > Single sign-on and upload your identity provider's metadata."),
                passage(PRODUCT, "billing/cancel.md", 0, "Cancel your subscription", List.of(),
                        "You can cancel your subscription at any time from Settings > Billing. "
                                + "Your workspace keeps its paid features until the end of the current billing period."),
                passage(PRODUCT, "api/webhooks.md", 0, "Webhooks", List.of("Retries"),
                        "When your endpoint does not answer with a 2xx status, Formwell retries the webhook delivery "
                                + "up to 8 times over 24 hours with exponential backoff."),
                passage(PRODUCT, "limits/uploads.md", 0, "File upload limits", List.of(),
                        "Each uploaded file may be up to 25 MB on the Team plan and 100 MB on the Business plan."));
    }

    public static List<IndexedPassage> runbookPassages() {
        return List.of(
                passage(RUNBOOKS, "oncall/webhook-outage.md", 0, "Webhook outage runbook", List.of("Drain the retry queue"),
                        "If webhook deliveries pile up, page the on-call engineer and drain the retry queue with "
                                + "the internal admin console. Never tell customers the queue name."));
    }

    /** Creates both knowledge bases and writes their passages, once per Elasticsearch. */
    public static void writeTo(ElasticsearchConnection elasticsearch) {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(elasticsearch, Clock.systemUTC());
        for (String kb : List.of(PRODUCT, RUNBOOKS)) {
            catalog.createIfAbsent(kb);
        }
        write(elasticsearch, concat(productPassages(), runbookPassages()));
    }

    /**
     * Embeds the passages as the indexer does (title, heading path, a blank line, text), writes them
     * into their knowledge bases, which must exist, with their pages' lengths, and refreshes those so
     * that a search sees them.
     */
    public static void write(ElasticsearchConnection elasticsearch, List<IndexedPassage> passages) {
        Map<String, Long> pageLengths = passages.stream()
                .collect(Collectors.groupingBy(p -> p.knowledgeBase() + ":" + p.documentId(), Collectors.counting()));
        for (IndexedPassage p : passages) {
            int pagePassages = pageLengths.get(p.knowledgeBase() + ":" + p.documentId()).intValue();
            IndexedPassage embedded = IndexedPassage.of(p.knowledgeBase(), p.documentId(), p.chunk(), pagePassages, p.title(),
                    p.headings(), p.text(), p.url(), p.contentHash(),
                    model().embed(p.title() + " > " + p.section() + "\n\n" + p.text()).content().vector());
            elasticsearch.call(c -> c.index(i -> i
                    .index(KnowledgeBaseIndices.alias(p.knowledgeBase()))
                    .id(p.id())
                    .document(embedded)));
        }
        List<String> knowledgeBases = passages.stream().map(IndexedPassage::knowledgeBase).distinct().toList();
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(KnowledgeBaseIndices.aliases(knowledgeBases))));
    }

    private static IndexedPassage passage(String kb, String doc, int chunk, String title, List<String> headings, String text) {
        return IndexedPassage.of(kb, doc, chunk, 0, title, headings, text, "https://docs.formwell.example/" + doc, "hash-" + doc,
                null);
    }

    private static List<IndexedPassage> concat(List<IndexedPassage> a, List<IndexedPassage> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
