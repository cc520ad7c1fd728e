package dev.docent.lab.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.KnowledgeBaseName;
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

    public DocsQaSet {
        if (!KnowledgeBaseName.isValid(name)) {
            throw new UserInputException("A training set's name is lowercase letters, digits, '-' and '_': \"" + name + "\"");
        }
    }

    public static List<DocsQaSet> readAll(Path file) {
        Path base = file.toAbsolutePath().getParent();
        List<DocsQaSet> sets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonLines.forEach(file, line -> {
            DocsQaSet set = parse(line, base);
            if (!names.add(set.name())) {
                throw new UserInputException("the name \"" + set.name() + "\" is used twice");
            }
            sets.add(set);
        });
        return sets;
    }

    private static DocsQaSet parse(JsonNode line, Path base) {
        Path corpus = base.resolve(text(line, "corpus"));
        if (!Files.isDirectory(corpus)) {
            throw new UserInputException("the corpus " + corpus + " is not a directory");
        }
        Optional<String> url = Optional.ofNullable(line.get("urlTemplate")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(s -> !s.isBlank());
        return new DocsQaSet(text(line, "name"), base.resolve(text(line, "questions")), corpus, url);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UserInputException("needs \"" + field + "\" (text)");
        }
        return value.asText();
    }
}
