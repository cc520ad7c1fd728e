package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class InProcessNodeTest {

    ElasticsearchEndpoint elasticsearch;

    @Test
    void javaClientIdentifiesElasticsearch953() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClient.of(config -> config.host(elasticsearch.uri()))) {
            InfoResponse info = client.info();

            assertThat(info.version().number()).isEqualTo("9.5.3");
            assertThat(info.version().luceneVersion()).isEqualTo("10.5.1");
            assertThat(info.clusterName()).isEqualTo("docent");
            assertThat(info.tagline()).isEqualTo("You Know, for Search");
            assertThat(client.ping().value()).isTrue();
        }
    }

    @Test
    void englishAnalyzerMatchesRunningWithRuns() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClient.of(config -> config.host(elasticsearch.uri()))) {
            client.indices().create(index -> index
                    .index("stemming")
                    .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(mapping -> mapping.properties("body", field -> field.text(text -> text.analyzer("english")))));
            client.index(doc -> doc.index("stemming").id("1").document(new Passage("She runs every morning"))
                    .refresh(Refresh.True));

            SearchResponse<Passage> hits = client.search(search -> search
                    .index("stemming")
                    .query(query -> query.match(match -> match.field("body").query("running"))), Passage.class);

            assertThat(hits.hits().hits()).extracting(hit -> hit.id()).containsExactly("1");
        }
    }

    record Passage(String body) {
    }
}
