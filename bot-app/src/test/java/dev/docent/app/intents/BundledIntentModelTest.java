package dev.docent.app.intents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentScores;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model Docent ships, on the real embeddings of questions it has never seen. */
class BundledIntentModelTest {

    private static IntentModel model;
    private static QueryEmbedder embedder;

    @BeforeAll
    static void load() {
        model = IntentWiring.bundledModel();
        EmbeddingModel bge = QueryEmbedder.bgeSmallEnV15();
        embedder = QueryEmbedder.forBge(bge);
    }

    @Test
    void namesTheTenSupportIntentsAndCarriesItsTestFigures() {
        assertThat(model.labels()).containsExactly("account_access", "billing", "bug_report", "complaint",
                "feature_request", "greeting", "how_to", "off_topic", "outage", "wants_human");
        assertThat(model.facts().test().orElseThrow().accuracy()).isGreaterThan(0.85);
        assertThat(model.facts().trainRows()).as("trained on the bundled training split").isEqualTo(BundledIntentData.train().size());
    }

    @Test
    void routesPlainMessagesToTheirIntents() {
        assertThat(classify("can I please speak to a real person")).isEqualTo("wants_human");
        assertThat(classify("is formwell down? nothing loads for anyone in our company")).isEqualTo("outage");
        assertThat(classify("how do I export submissions to a CSV file")).isEqualTo("how_to");
        assertThat(classify("why was my card charged twice this month")).isEqualTo("billing");
    }

    private static String classify(String text) {
        IntentScores scores = model.score(text, embedder.embed(text));
        return scores.label();
    }
}
