package dev.docent.lab.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.KnowledgeBaseName;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One product's real questions and the documentation folder they are about, as a line of a
 * training-sets file names them: {@code {"name", "questions", "corpus", "urlTemplate"}}, paths relative
 * to that file. More products than the dev set let the relevance model learn what documentation has in
 * common rather than what one product's docs look like.
 *
 * @param name        the product, short: it names the set's knowledge base and its goal group
 * @param urlTemplate the pages' published URL, or none
 */
public record DocsQaSet(String name, Path questions, Path corpus, Optional<String> urlTemplate) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DocsQaSet {
        if (!KnowledgeBaseName.isValid(name)) {
            throw new UserInputException("A training set's name is lowercase letters, digits, '-' and '_': \"" + name + "\"");
        }
    }

    public static List<DocsQaSet> readAll(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("No training-sets file at " + file);
        }
        Path base = file.toAbsolutePath().getParent();
        List<DocsQaSet> sets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                DocsQaSet set = parse(line, base, file + " line " + lineNumber);
                if (!names.add(set.name())) {
                    throw new UserInputException(file + " line " + lineNumber + ": the name \"" + set.name() + "\" is used twice");
                }
                sets.add(set);
            }
        }
        return sets;
    }

    private static DocsQaSet parse(String line, Path base, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new UserInputException(where + " is not JSON");
        }
        String name = text(node, "name", where);
        Path questions = base.resolve(text(node, "questions", where));
        Path corpus = base.resolve(text(node, "corpus", where));
        if (!Files.isDirectory(corpus)) {
            throw new UserInputException(where + ": the corpus " + corpus + " is not a directory");
        }
        Optional<String> url = Optional.ofNullable(node.get("urlTemplate")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(s -> !s.isBlank());
        return new DocsQaSet(name, questions, corpus, url);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UserInputException(where + " needs \"" + field + "\" (text)");
        }
        return value.asText();
    }
}
