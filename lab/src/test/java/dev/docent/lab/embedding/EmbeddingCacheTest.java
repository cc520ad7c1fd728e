package dev.docent.lab.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.intent.Encoder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One cache for the lab: what a run embedded, the next run reads, whichever tool wrote it. */
class EmbeddingCacheTest {

    private static final Encoder QUESTIONS = new Encoder("tiny", "question: ", 3);
    private static final Encoder PASSAGES = new Encoder("tiny", "", 3);

    @TempDir
    Path dir;

    @Test
    void aSecondRunReadsWhatTheFirstEmbeddedAndEmbedsOnlyNewTexts() {
        AtomicInteger calls = new AtomicInteger();
        List<String> first = List.of("reset my password", "refund please", "reset my password");

        float[][] vectors = embedder(PASSAGES, calls).embed(first, done -> { });
        assertThat(calls).as("a repeated text is embedded once").hasValue(2);

        CachedEmbedder again = embedder(PASSAGES, calls);
        assertThat(again.missing(List.of("refund please", "is it down?"))).isOne();
        float[][] reread = again.embed(List.of("reset my password", "is it down?"), done -> { });
        assertThat(calls).as("only the new text is embedded").hasValue(3);
        assertThat(reread[0]).containsExactly(vectors[0]);
    }

    @Test
    void questionsAndPassagesOfOneModelKeepApartFiles() throws Exception {
        embedder(QUESTIONS, new AtomicInteger()).embed(List.of("hello"), done -> { });
        embedder(PASSAGES, new AtomicInteger()).embed(List.of("hello"), done -> { });

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(EmbeddingCache.open(dir, QUESTIONS).file().getFileName().toString(),
                            EmbeddingCache.open(dir, PASSAGES).file().getFileName().toString())
                    .allSatisfy(name -> assertThat(name).startsWith("tiny-").endsWith(".embeddings"));
        }
        assertThat(EmbeddingCache.open(dir, QUESTIONS).get("hello").orElseThrow())
                .as("the question was embedded with its instruction").containsExactly(vectorOf("question: hello"));
        assertThat(EmbeddingCache.open(dir, PASSAGES).get("hello").orElseThrow()).containsExactly(vectorOf("hello"));
    }

    @Test
    void anInterruptedWriteLosesOnlyItsTornLastEntry() throws Exception {
        EmbeddingCache cache = EmbeddingCache.open(dir, PASSAGES);
        cache.putAll(Map.of("kept", new float[] {1, 2, 3}));
        Files.write(cache.file(), new byte[] {7, 7, 7, 7, 7}, StandardOpenOption.APPEND);

        EmbeddingCache reopened = EmbeddingCache.open(dir, PASSAGES);

        assertThat(reopened.get("kept").orElseThrow()).containsExactly(1, 2, 3);
    }

    private CachedEmbedder embedder(Encoder encoder, AtomicInteger calls) {
        return new CachedEmbedder(new QueryEmbedder(new CountingModel(calls), encoder.instruction()),
                Optional.of(EmbeddingCache.open(dir, encoder)), 2);
    }

    private static float[] vectorOf(String text) {
        return new float[] {text.length(), text.hashCode() % 97, 1};
    }

    /** Three made-up dimensions per text, and a count of the calls. */
    private record CountingModel(AtomicInteger calls) implements EmbeddingModel {

        @Override
        public Response<List<Embedding>> embedAll(
                List<TextSegment> segments) {
            calls.addAndGet(segments.size());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(vectorOf(s.text()))).toList());
        }
    }
}
