package dev.docent.indexer.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-en-v1.5 (quantized) - the same ONNX model and tokenizer as LangChain4j's
 * {@link BgeSmallEnV15QuantizedEmbeddingModel}, so vectors match - in an ONNX Runtime session
 * that uses one thread per call. The stock session spreads every call over all cores; for
 * indexing, where one call per core runs at once, that oversubscribes the CPU. Measured on the
 * 2-core build machine (see README, "Indexing"): two callers on single-threaded sessions embed
 * more texts per second than two callers on the stock model, and much more than {@code embedAll}.
 * A question is still best embedded by the stock model, which puts every core on one text.
 */
public final class IndexingEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final OnnxBertBiEncoder encoder;

    private IndexingEmbeddingModel(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    public static IndexingEmbeddingModel bgeSmallEnV15() {
        ClassLoader loader = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The bge-small model is missing from the classpath (" + MODEL + ")");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new IndexingEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the bge-small model: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the bge-small model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }
}
