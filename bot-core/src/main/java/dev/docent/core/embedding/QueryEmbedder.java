package dev.docent.core.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Turns a question into the vector that kNN search and the intent classifier share. bge models
 * are trained with an instruction in front of short queries (and none in front of passages), so
 * questions get it here and passages never do.
 */
public final class QueryEmbedder {

    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;
    private final String instruction;

    public QueryEmbedder(EmbeddingModel model, String instruction) {
        this.model = model;
        this.instruction = instruction;
    }

    /**
     * The in-process bge-small-en-v1.5 (quantized) model, shipped in a Maven artifact (no download),
     * computing each call on one thread ({@link BgeSmallOnOneThread}).
     */
    public static EmbeddingModel bgeSmallEnV15() {
        return BgeSmallOnOneThread.load();
    }

    public static QueryEmbedder forBge(EmbeddingModel model) {
        return new QueryEmbedder(model, BGE_QUERY_INSTRUCTION);
    }

    public EmbeddingModel model() {
        return model;
    }

    public float[] embed(String question) {
        return model.embed(instruction + question).content().vector();
    }
}
