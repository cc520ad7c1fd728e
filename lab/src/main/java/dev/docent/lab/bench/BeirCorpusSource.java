package dev.docent.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.indexer.source.DocumentFormat;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A BEIR-format corpus (JSON lines with {@code _id}, {@code title}, {@code text}) as a source: each
 * line is a Markdown page titled with the document's title. Listing keeps only ids and byte
 * offsets; a document's text is read when the indexer gets to it, so a corpus ten times larger
 * needs no more memory.
 */
public final class BeirCorpusSource implements DocumentSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path corpus;

    public BeirCorpusSource(Path corpus) {
        this.corpus = corpus.toAbsolutePath();
    }

    @Override
    public String describe() {
        return corpus.toString();
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(corpus), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long lineStart = 0;
            int b;
            while ((b = in.read()) != -1) {
                offset++;
                if (b == '\n') {
                    add(documents, line.toByteArray(), lineStart);
                    line.reset();
                    lineStart = offset;
                } else {
                    line.write(b);
                }
            }
            add(documents, line.toByteArray(), lineStart);
        }
        return documents;
    }

    private void add(List<SourceDocument> documents, byte[] line, long offset) throws IOException {
        if (new String(line, StandardCharsets.UTF_8).isBlank()) {
            return;
        }
        JsonNode record = JSON.readTree(line);
        JsonNode id = record.get("_id");
        if (id == null || id.asText().isBlank()) {
            throw new IOException(corpus + ": a line at byte " + offset + " has no _id");
        }
        int length = line.length;
        documents.add(new SourceDocument(id.asText(), corpus.toUri() + "?id=" + id.asText(), DocumentFormat.MARKDOWN,
                () -> page(offset, length)));
    }

    private byte[] page(long offset, int length) throws IOException {
        byte[] line = new byte[length];
        try (RandomAccessFile file = new RandomAccessFile(corpus.toFile(), "r")) {
            file.seek(offset);
            file.readFully(line);
        }
        JsonNode record = JSON.readTree(line);
        String title = record.path("title").asText("").strip();
        String text = record.path("text").asText("");
        return ((title.isEmpty() ? "" : "# " + title + "\n\n") + text).getBytes(StandardCharsets.UTF_8);
    }
}
