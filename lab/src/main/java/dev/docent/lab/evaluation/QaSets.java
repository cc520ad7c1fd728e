package dev.docent.lab.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docent.core.error.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads question sets, one JSON object per line, in either of two shapes: a docs QA set
 * ({"id", "question", "relevant": [paths]}, empty for questions the docs do not answer) or a golden
 * set ({"id", "question", "pages": [paths], "answerable"}).
 */
public final class QaSets {

    private QaSets() {
    }

    public static List<QaQuestion> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("No question set at " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * The questions with their pages named by document id - the path under the folder that was
     * indexed. Labels name pages by their path in the corpus they came with ("docs/src/use/ignore.md"),
     * which may be a parent of that folder: the one leading-folder prefix whose removal finds the most
     * labelled pages in the folder is removed from every label that has it. A label that still names no file - a
     * published URL, a path with another extension - names the page {@link LabelledPages} finds for it.
     */
    public static List<QaQuestion> resolvedAgainst(List<QaQuestion> questions, Path folder) {
        Map<String, Integer> found = new HashMap<>();
        for (QaQuestion q : questions) {
            for (String path : q.relevant()) {
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    if (Files.isRegularFile(folder.resolve(path.substring(slash + 1)))) {
                        found.merge(path.substring(0, slash + 1), 1, Integer::sum);
                    }
                }
                if (Files.isRegularFile(folder.resolve(path))) {
                    found.merge("", 1, Integer::sum);
                }
            }
        }
        // On a tie the shorter prefix wins: it is the one more labels share.
        String prefix = found.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElse("");
        List<QaQuestion> resolved = questions.stream().map(q -> q.withoutPrefix(prefix)).toList();
        if (resolved.stream().allMatch(q -> q.relevant().stream().allMatch(page -> Files.isRegularFile(folder.resolve(page))))) {
            return resolved;
        }
        LabelledPages pages = new LabelledPages(filesOf(folder));
        return resolved.stream().map(q -> new QaQuestion(q.id(), q.question(), q.relevant().stream()
                .map(page -> Files.isRegularFile(folder.resolve(page)) ? page : pages.pageOf(page).orElse(page)).toList())).toList();
    }

    private static List<String> filesOf(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled sample's golden set; it is part of the application, so failing to read it is a bug. */
    public static List<QaQuestion> sample() {
        try (InputStream in = QaSets.class.getResourceAsStream("/sample-kb/golden.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("The sample golden set is missing from the application");
            }
            return read(in, "the sample golden set");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QaQuestion> read(InputStream jsonLines, String name) throws IOException {
        List<QaQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonLines.forEach(new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8)), name, node -> {
            String id = text(node, "id");
            String question = text(node, "question");
            if (id == null || question == null) {
                throw new UserInputException("needs an \"id\" and a \"question\"");
            }
            if (!ids.add(id)) {
                throw new UserInputException("repeats the id " + id);
            }
            List<String> pages = paths(node.has("relevant") ? node.get("relevant") : node.get("pages"));
            if (node.has("answerable") && node.get("answerable").asBoolean() == pages.isEmpty()) {
                throw new UserInputException("an answerable question needs its pages, an unanswerable one has none");
            }
            questions.add(new QaQuestion(id, question, pages));
        });
        return questions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static List<String> paths(JsonNode array) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new UserInputException("\"relevant\" (or \"pages\") must be a list of paths");
        }
        List<String> paths = new ArrayList<>();
        array.forEach(p -> paths.add(p.asText()));
        return paths;
    }
}
