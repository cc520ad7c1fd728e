package dev.docent.app.config;

import dev.docent.core.intent.Encoder;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The intents a model knows, so that docent.yml's rules can be checked against them before
 * anything starts: a rule for an intent the model does not have would silently never fire.
 */
final class IntentLabels {

    /** The model Docent ships (the same resource IntentWiring classifies with). */
    private static final String BUNDLED_MODEL = "/intents/support-intents.json";

    private static Set<String> bundled;

    private IntentLabels() {
    }

    /**
     * The intents of the model in {@code modelFile}, or of the bundled one; the out-of-scope
     * label counts as known.
     *
     * @throws dev.docent.core.intent.InvalidIntentModelException when the file is not a usable model
     */
    static Set<String> of(Optional<String> modelFile) {
        if (modelFile.isPresent()) {
            return withOutOfScope(IntentModelFile.read(Path.of(modelFile.get()), Encoder.BGE_SMALL_EN_V15_Q));
        }
        return bundled();
    }

    private static synchronized Set<String> bundled() {
        if (bundled == null) {
            try (InputStream in = IntentLabels.class.getResourceAsStream(BUNDLED_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled intent model " + BUNDLED_MODEL + " is missing from the build");
                }
                bundled = withOutOfScope(IntentModelFile.read(in, "the bundled intent model", Encoder.BGE_SMALL_EN_V15_Q));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    private static Set<String> withOutOfScope(IntentModel model) {
        Set<String> known = new LinkedHashSet<>(model.labels());
        known.add(IntentModel.OUT_OF_SCOPE);
        return Collections.unmodifiableSet(known);
    }
}
