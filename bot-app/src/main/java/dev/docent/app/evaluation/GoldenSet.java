package dev.docent.app.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a golden set: one JSON object per line, {"id", "question", "pages", "answerable"}. */
public final class GoldenSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenSet() {
    }

    public static List<GoldenQuestion> read(InputStream jsonLines) throws IOException {
        List<GoldenQuestion> questions = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            GoldenQuestion question;
            try {
                question = JSON.readValue(line, GoldenQuestion.class);
            } catch (JsonProcessingException e) {
                throw new IOException("Golden set line " + lineNumber + " is not a valid question: " + e.getOriginalMessage(), e);
            }
            if (question.question() == null || question.question().isBlank()) {
                throw new IOException("Golden set line " + lineNumber + " has no question");
            }
            if (question.answerable() == question.pages().isEmpty()) {
                throw new IOException("Golden set line " + lineNumber
                        + ": an answerable question needs its pages, an unanswerable one has none");
            }
            questions.add(question);
        }
        return questions;
    }

    /** The golden set of the bundled sample knowledge base. */
    public static List<GoldenQuestion> sample() throws IOException {
        try (InputStream in = GoldenSet.class.getResourceAsStream("/sample-kb/golden.jsonl")) {
            if (in == null) {
                throw new IOException("The sample golden set is missing from the application");
            }
            return read(in);
        }
    }
}
