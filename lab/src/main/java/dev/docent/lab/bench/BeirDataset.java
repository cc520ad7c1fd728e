package dev.docent.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import dev.docent.lab.evaluation.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval test set in BEIR's layout: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/test.tsv}
 * (query id, document id, graded relevance, with a header line). Only queries that have
 * judgements are kept, in the order of the queries file.
 */
public record BeirDataset(String name, List<Document> corpus, List<Query> queries) {

    public record Document(String id, String title, String text) {
    }

    /** A query and the graded relevance of the documents judged for it (grade > 0 means relevant). */
    public record Query(String id, String text, Map<String, Integer> relevance) {
    }

    public static BeirDataset read(Path dir) {
        Path corpusFile = require(dir, dir.resolve("corpus.jsonl"));
        Path queriesFile = require(dir, dir.resolve("queries.jsonl"));
        Path qrelsFile = require(dir, dir.resolve("qrels").resolve("test.tsv"));
        List<Document> corpus = new ArrayList<>();
        JsonLines.forEach(corpusFile, node -> corpus.add(new Document(
                text(node, "_id"), node.path("title").asText(""), node.path("text").asText(""))));
        Map<String, Map<String, Integer>> qrels = readQrels(qrelsFile);
        List<Query> queries = new ArrayList<>();
        JsonLines.forEach(queriesFile, node -> {
            String id = text(node, "_id");
            Map<String, Integer> judged = qrels.get(id);
            if (judged != null && judged.values().stream().anyMatch(g -> g > 0)) {
                queries.add(new Query(id, text(node, "text"), judged));
            }
        });
        if (corpus.isEmpty() || queries.isEmpty()) {
            throw new UserInputException(dir + " has no documents or no judged queries: not a BEIR data set.");
        }
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        return new BeirDataset(name, List.copyOf(corpus), List.copyOf(queries));
    }

    private static Path require(Path dir, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(dir + " is not a BEIR data set: " + dir.relativize(file)
                    + " is missing (expected corpus.jsonl, queries.jsonl and qrels/test.tsv).");
        }
        return file;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new UserInputException("no '" + field + "'");
        }
        return value.asText();
    }

    private static Map<String, Map<String, Integer>> readQrels(Path file) {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).strip().split("\t");
                if (cells.length < 3 || (i == 0 && cells[0].equals("query-id"))) {
                    continue;
                }
                try {
                    qrels.computeIfAbsent(cells[0], q -> new LinkedHashMap<>()).put(cells[1], Integer.parseInt(cells[2].strip()));
                } catch (NumberFormatException e) {
                    throw new UserInputException(file + ", line " + (i + 1) + ": the grade '" + cells[2] + "' is not a number");
                }
            }
        } catch (IOException e) {
            throw new UserInputException(file + " cannot be read: " + Causes.describe(e), e);
        }
        return qrels;
    }
}
