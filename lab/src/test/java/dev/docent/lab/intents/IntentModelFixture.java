package dev.docent.lab.intents;

import dev.docent.app.intents.IntentWiring;
import dev.docent.core.intent.IntentModelFile;

/** Model files with something changed, as a user might bring them. */
final class IntentModelFixture {

    private IntentModelFixture() {
    }

    /** The bundled model as if it had been trained on another encoder's embeddings. */
    static String forEncoder(String name) {
        return IntentModelFile.toJson(IntentWiring.bundledModel()).replace("\"name\" : \"bge-small-en-v1.5-q\"", "\"name\" : \"" + name + "\"");
    }
}
