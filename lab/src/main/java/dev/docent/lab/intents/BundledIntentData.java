package dev.docent.lab.intents;

import dev.docent.lab.intents.training.LabelledText;
import dev.docent.lab.intents.training.LabelledTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's support-intent data set (datasets/support-intents), packaged into the
 * application so that {@code docent intents export} works from an installed copy too.
 */
public final class BundledIntentData {

    private static final String DIRECTORY = "/support-intents/";

    private BundledIntentData() {
    }

    public static List<LabelledText> train() {
        return read("train.csv");
    }

    public static List<LabelledText> validation() {
        return read("validation.csv");
    }

    /** The held-out split: for judging a model, never for choosing anything about it. */
    public static List<LabelledText> test() {
        return read("test.csv");
    }

    private static List<LabelledText> read(String name) {
        try (InputStream in = BundledIntentData.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled support-intents data set is missing " + name);
            }
            return LabelledTextReader.standard().parse(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
