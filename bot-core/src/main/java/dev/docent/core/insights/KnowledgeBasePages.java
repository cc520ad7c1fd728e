package dev.docent.core.insights;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import dev.docent.core.answer.PageReference;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every page a knowledge base has, as its index holds them: one per document, with its title and URL. */
final class KnowledgeBasePages {

    private static final int PAGE = 1_000;

    private final ElasticsearchConnection elasticsearch;

    KnowledgeBasePages(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @SuppressWarnings("unchecked")
    List<PageReference> of(String knowledgeBase) {
        List<PageReference> pages = new ArrayList<>();
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response = elasticsearch.call(c -> c.search(s -> s
                    .index(KnowledgeBaseIndices.alias(knowledgeBase)).size(0)
                    .aggregations("pages", a -> a.composite(comp -> {
                        comp.size(PAGE).sources(NamedValue.of("document", CompositeAggregationSource.of(src -> src.terms(t -> t.field(IndexSchema.DOCUMENT_ID)))));
                        return from == null ? comp : comp.after(from);
                    }).aggregations("page", sub -> sub.topHits(t -> t.size(1)
                            .source(src -> src.filter(f -> f.includes(IndexSchema.TITLE, IndexSchema.URL)))))), Void.class));
            CompositeAggregate composite = response.aggregations().get("pages").composite();
            for (CompositeBucket bucket : composite.buckets().array()) {
                String documentId = bucket.key().get("document").stringValue();
                Map<String, String> source = bucket.aggregations().get("page").topHits().hits().hits().getFirst().source()
                        .to(Map.class);
                pages.add(new PageReference(knowledgeBase, documentId, source.getOrDefault(IndexSchema.TITLE, documentId),
                        source.get(IndexSchema.URL)));
            }
            after = composite.buckets().array().size() < PAGE ? null : composite.afterKey();
        } while (after != null);
        return pages;
    }
}
