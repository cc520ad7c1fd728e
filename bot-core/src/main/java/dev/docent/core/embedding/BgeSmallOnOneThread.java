package dev.docent.core.embedding;

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
 * that computes each call on one thread. The stock session spreads every call over all cores, and
 * its threads spin while they wait for each other; on a 2-core machine that shares its cores with
 * Elasticsearch (searching the same question's words meanwhile) or with other callers, one of them is
 * always descheduled and the call waits for it. Measured on the 2-core build machine (docs/performance.md):
 * a question's embedding took 27 ms (median) inside the answer pipeline on the stock session and
 * 17 ms on this one, and two indexing callers embed 1.4x more passages per second. Questions and
 * passages share one session per process.
 */
public final class BgeSmallOnOneThread extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final OnnxBertBiEncoder encoder;

    private BgeSmallOnOneThread(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    public static BgeSmallOnOneThread load() {
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
            return new BgeSmallOnOneThread(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS));
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
