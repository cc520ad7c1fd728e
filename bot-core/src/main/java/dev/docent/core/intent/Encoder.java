package dev.docent.core.intent;

import dev.docent.core.embedding.QueryEmbedder;
import java.util.Objects;

/**
 * The sentence encoder whose embeddings an intent model was trained on. A model only makes sense
 * with the exact vectors it learned from - same model, same query instruction - so the model file
 * names its encoder and loading it beside another one is refused.
 *
 * @param name        the embedding model, e.g. {@code bge-small-en-v1.5-q}
 * @param instruction the text put in front of every question before embedding (bge's query instruction)
 * @param dimensions  the length of its vectors
 */
public record Encoder(String name, String instruction, int dimensions) {

    /** The in-process encoder retrieval uses: its query embedding is what the classifier receives. */
    public static final Encoder BGE_SMALL_EN_V15_Q =
            new Encoder("bge-small-en-v1.5-q", QueryEmbedder.BGE_QUERY_INSTRUCTION, 384);

    public Encoder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instruction, "instruction");
        if (dimensions <= 0) {
            throw new IllegalArgumentException("dimensions must be positive, was " + dimensions);
        }
    }

    public String describe() {
        return name + " (" + dimensions + " dimensions"
                + (instruction.isEmpty() ? ", no instruction" : ", query instruction \"" + instruction.strip() + "\"") + ")";
    }
}
