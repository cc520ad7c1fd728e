package dev.docent.lab.intents.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import dev.docent.core.intent.IntentScores;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentTrainerTest {

    private final IntentTrainer trainer = new IntentTrainer(IntentTrainer.Settings.defaults());

    @Test
    void learnsIntentsAndCarriesItsFiguresOnTheTestSplit() {
        IntentModel model = trainer.train(SyntheticIntents.ENCODER, SyntheticIntents.split(40, 1, 0.3),
                Optional.of(SyntheticIntents.split(10, 2, 0.3)), Optional.of(SyntheticIntents.split(20, 3, 0.3))).model();

        assertThat(model.labels()).containsExactly("billing", "how_to", "outage");
        assertThat(model.facts().test()).isPresent();
        assertThat(model.facts().test().get().accuracy()).isGreaterThan(0.9);
        assertThat(model.facts().test().get().perClass()).containsOnlyKeys("billing", "how_to", "outage");
        assertThat(model.facts().test().get().oosRecall()).isNull();
        assertThat(model.temperature()).isPositive();
    }

    @Test
    void sameDataGivesTheSameModelByteForByte() {
        EmbeddedSplit train = SyntheticIntents.split(30, 1, 0.4);

        String first = IntentModelFile.toJson(trainer.train(SyntheticIntents.ENCODER, train, Optional.empty(), Optional.empty()).model());
        String second = IntentModelFile.toJson(trainer.train(SyntheticIntents.ENCODER, train, Optional.empty(), Optional.empty()).model());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherModel() {
        EmbeddedSplit train = SyntheticIntents.split(30, 1, 0.4);
        IntentTrainer.Settings d = IntentTrainer.Settings.defaults();
        IntentTrainer other = new IntentTrainer(new IntentTrainer.Settings(7, d.lexical(), d.semanticC(), d.lexicalC(),
                d.prototypesPerIntent(), d.validationShare()));

        assertThat(IntentModelFile.toJson(other.train(SyntheticIntents.ENCODER, train, Optional.empty(), Optional.empty()).model()))
                .isNotEqualTo(IntentModelFile.toJson(trainer.train(SyntheticIntents.ENCODER, train, Optional.empty(), Optional.empty()).model()));
    }

    @Test
    void outOfScopeRowsInValidationSetTheThresholdAndTheTestReportsRecallAndPrecision() {
        List<String> withOos = List.of("billing", "outage", "how_to", IntentModel.OUT_OF_SCOPE);
        IntentModel model = trainer.train(SyntheticIntents.ENCODER, SyntheticIntents.split(40, 1, 0.2),
                Optional.of(SyntheticIntents.split(withOos, 15, 2, 0.2)),
                Optional.of(SyntheticIntents.split(withOos, 20, 3, 0.2))).model();

        assertThat(model.outOfScope()).isPresent();
        assertThat(model.facts().test().get().oosRecall()).isGreaterThan(0.8);
        assertThat(model.facts().test().get().oosPrecision()).isGreaterThan(0.8);
        assertThat(model.facts().test().get().inScopeAccuracy()).isGreaterThan(0.8);
        float[] elsewhere = new float[16];
        elsewhere[10] = 1;
        IntentScores scores = model.score("what is the weather", elsewhere);
        assertThat(scores.outOfScope()).isTrue();
        assertThat(scores.label()).isEqualTo(IntentModel.OUT_OF_SCOPE);
    }

    @Test
    void validationLabelUnknownToTrainingIsRefused() {
        EmbeddedSplit validation = SyntheticIntents.split(List.of("billing", "outage", "refunds"), 5, 2, 0.3);

        assertThatThrownBy(() -> trainer.train(SyntheticIntents.ENCODER, SyntheticIntents.split(20, 1, 0.3),
                Optional.of(validation), Optional.empty()))
                .hasMessage("The validation split has the label 'refunds', which no training row has");
    }
}
