package dev.docent.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.json.JsonData;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class KnowledgeBaseCatalogTest {

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void aKnowledgeBaseAnOlderDocentCreatedTakesTodaysPassagesAndKeepsItsVersionAndItsFields() {
        String knowledgeBase = "older-" + UUID.randomUUID().toString().substring(0, 8);
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        Map<String, Property> olderFields = new HashMap<>(IndexSchema.mapping().properties());
        olderFields.remove(IndexSchema.HEADING_IDENTIFIERS);
        // Before exact vector search, passages were searched through an HNSW graph, which an index cannot give up.
        olderFields.put(IndexSchema.EMBEDDING, Property.of(p -> p.denseVector(v -> v.dims(IndexSchema.EMBEDDING_DIMENSIONS)
                .index(true).similarity(DenseVectorSimilarity.Cosine).indexOptions(o -> o.type(DenseVectorIndexOptionsType.Hnsw)))));
        connection.call(c -> c.indices().create(r -> r.index(alias + "-v2")
                .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                        .meta(IndexSchema.VERSION_META_KEY, JsonData.of(IndexSchema.VERSION - 1))
                        .properties(olderFields))
                .aliases(alias, a -> a.isWriteIndex(true))));
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(connection, Clock.systemUTC());

        assertThat(catalog.createIfAbsent(knowledgeBase)).isEqualTo(alias);
        IndexedPassage passage = IndexedPassage.of(knowledgeBase, "team-answer/1", 0, 1, "Team answer", List.of("`--retries`?"),
                "Set it in the config file.", "", "hash", null);
        connection.call(c -> c.index(i -> i.index(alias).id(passage.id()).document(passage)));

        var mapping = connection.call(c -> c.indices().getMapping(g -> g.index(alias))).get(alias + "-v2").mappings();
        assertThat(mapping.properties()).containsKey(IndexSchema.HEADING_IDENTIFIERS);
        assertThat(mapping.properties().get(IndexSchema.EMBEDDING).denseVector().indexOptions().type())
                .as("a field it has stays as it was").isEqualTo(DenseVectorIndexOptionsType.Hnsw);
        assertThat(mapping.meta().get(IndexSchema.VERSION_META_KEY).to(Integer.class)).isEqualTo(IndexSchema.VERSION - 1);
    }

    @Test
    void aQuestionThatNamesNoKnowledgeBaseIsNotAnsweredFromTheOnesMeasurementsIndexed() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(connection, Clock.systemUTC());
        List<String> created = List.of("docs-" + id, "bench-scifact-" + id, "eval-docsqa-" + id, "benchmarks-" + id);
        created.forEach(catalog::createIfAbsent);

        assertThat(catalog.names()).containsAll(created);
        assertThat(catalog.answeringByDefault()).contains("docs-" + id, "benchmarks-" + id)
                .doesNotContain("bench-scifact-" + id, "eval-docsqa-" + id);
        assertThat(catalog.require(List.of("eval-docsqa-" + id))).as("named, it answers like any other")
                .containsExactly("eval-docsqa-" + id);
    }
}
