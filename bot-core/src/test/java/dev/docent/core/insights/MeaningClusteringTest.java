package dev.docent.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Embeddings that all lean one way, as bge-small's do, with two topics hidden in what is left. */
class MeaningClusteringTest {

    private static final int DIMENSIONS = 384;

    @Test
    void questionsAboutTwoTopicsFormTwoGroupsThoughAllTheirEmbeddingsAreAlike() {
        Random random = new Random(3);
        float[] shared = typicalish();
        float[] mobile = direction(random);
        float[] phone = direction(random);
        List<float[]> embeddings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            embeddings.add(question(shared, i % 2 == 0 ? mobile : phone, random));
        }

        List<List<Integer>> groups = new MeaningClustering(GapQuery.SIMILARITY).groups(embeddings);

        assertThat(groups).hasSize(2);
        assertThat(groups).allSatisfy(group -> assertThat(group.stream().map(i -> i % 2).distinct()).hasSize(1));
    }

    @Test
    void aFewQuestionsOnOneTopicStayTogether() {
        Random random = new Random(5);
        float[] topic = direction(random);
        List<float[]> embeddings = List.of(question(typicalish(), topic, random), question(typicalish(), topic, random),
                question(typicalish(), topic, random));

        assertThat(new MeaningClustering(GapQuery.SIMILARITY).groups(embeddings))
                .as("centred on themselves alone, three questions would point three ways").containsExactly(List.of(0, 1, 2));
    }

    @Test
    void nothingToGroupIsNoGroups() {
        assertThat(new MeaningClustering(GapQuery.SIMILARITY).groups(List.of())).isEmpty();
    }

    /** A strong shared part (cosine between any two questions above 0.8), a topic, and noise. */
    private static float[] question(float[] shared, float[] topic, Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = 2.5f * shared[d] + 0.8f * topic[d] + 0.25f * (float) random.nextGaussian() / (float) Math.sqrt(DIMENSIONS);
        }
        return v;
    }

    private static float[] direction(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return UnitVectors.unit(v);
    }

    /** The direction every support question shares, as the shipped typical question has it. */
    private static float[] typicalish() {
        return UnitVectors.unit(TypicalQuestion.EMBEDDING);
    }
}
