package dev.docent.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class BgeSmallOnOneThreadTest {

    @Test
    void itGivesTheStockModelsVectors() {
        String passage = "Webhook signatures > Rotating the signing secret\n\nClick Roll secret on the endpoint page; "
                + "the old secret stays valid for 24 hours.";
        float[] stock = new BgeSmallEnV15QuantizedEmbeddingModel().embed(passage).content().vector();
        float[] oneThread = BgeSmallOnOneThread.load().embed(passage).content().vector();

        assertThat(oneThread).hasSize(384);
        double dot = 0;
        for (int i = 0; i < stock.length; i++) {
            dot += stock[i] * oneThread[i];
        }
        assertThat(dot).as("cosine of two unit vectors").isGreaterThan(0.9999);
    }
}
