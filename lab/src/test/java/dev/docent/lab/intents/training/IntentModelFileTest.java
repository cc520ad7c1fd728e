package dev.docent.lab.intents.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.intent.Encoder;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import dev.docent.core.intent.InvalidIntentModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelFileTest {

    private static IntentModel model;
    private static EmbeddedSplit test;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        test = SyntheticIntents.split(10, 3, 0.4);
        model = new IntentTrainer(IntentTrainer.Settings.defaults()).train(SyntheticIntents.ENCODER,
                SyntheticIntents.split(30, 1, 0.4), Optional.empty(), Optional.of(test)).model();
    }

    @Test
    void aWrittenModelPredictsExactlyAsTheTrainedOneAndKeepsItsFigures() throws Exception {
        Path file = dir.resolve("model.json");
        IntentModelFile.write(model, file);

        IntentModel read = IntentModelFile.read(file, SyntheticIntents.ENCODER);

        assertThat(read.labels()).isEqualTo(model.labels());
        assertThat(IntentTrainer.evaluate(read, test).accuracy()).isEqualTo(IntentTrainer.evaluate(model, test).accuracy());
        for (int i = 0; i < test.size(); i++) {
            assertThat(read.score(test.rows().get(i).text(), test.embeddings()[i]).probabilities())
                    .containsExactly(model.score(test.rows().get(i).text(), test.embeddings()[i]).probabilities());
        }
        assertThat(read.facts().test().orElseThrow().accuracy()).isEqualTo(model.facts().test().orElseThrow().accuracy());
        assertThat(IntentModelFile.toJson(read)).isEqualTo(Files.readString(file));
    }

    @Test
    void aModelMadeForAnotherEncoderIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("model.json");
        IntentModelFile.write(model, file);

        assertThatThrownBy(() -> IntentModelFile.read(file, Encoder.BGE_SMALL_EN_V15_Q))
                .isInstanceOf(InvalidIntentModelException.class)
                .hasMessage(file + ": this intent model was trained on the embeddings of synthetic (16 dimensions, no instruction),"
                        + " but Docent embeds questions with " + Encoder.BGE_SMALL_EN_V15_Q.describe()
                        + ". Retrain it with 'docent intents train'.");
    }

    @Test
    void anotherFormatVersionOrAnotherFileIsRefused() throws Exception {
        Path future = Files.writeString(dir.resolve("future.json"),
                IntentModelFile.toJson(model).replace("\"version\" : 1", "\"version\" : 9"));
        Path notAModel = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");

        assertThatThrownBy(() -> IntentModelFile.read(future, SyntheticIntents.ENCODER))
                .hasMessage(future + ": intent model format version 9, this Docent reads version 1; retrain it with 'docent intents train'");
        assertThatThrownBy(() -> IntentModelFile.read(notAModel, SyntheticIntents.ENCODER))
                .hasMessage(notAModel + ": not an intent model (no \"format\": \"docent-intent-model\")");
        assertThatThrownBy(() -> IntentModelFile.read(dir.resolve("missing.json"), SyntheticIntents.ENCODER))
                .hasMessage(dir.resolve("missing.json") + ": no such intent model file");
    }
}
