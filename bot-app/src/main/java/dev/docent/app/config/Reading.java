package dev.docent.app.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One pass over docent.yml's node tree: every problem found and every deprecation note, each at
 * the line and column of the key or value it is about, and where each key was written.
 */
final class Reading {

    /** A key whose value names an intent (a policy rule), to be checked against the intent model. */
    record IntentReference(String intent, KeyPath key, Node at) {
    }

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<ConfigProblem> notes = new ArrayList<>();
    private final Map<String, Node> keys = new HashMap<>();
    private final List<IntentReference> intents = new ArrayList<>();

    void problem(Node at, KeyPath key, String message) {
        problems.add(at(at, key, message));
    }

    void note(Node at, KeyPath key, String message) {
        notes.add(at(at, key, message));
    }

    void keyAt(KeyPath key, Node at) {
        keys.put(key.text(), at);
    }

    /** Where {@code key} was written, if it was. */
    Optional<Node> whereIs(KeyPath key) {
        return Optional.ofNullable(keys.get(key.text()));
    }

    void intent(String intent, KeyPath key, Node at) {
        intents.add(new IntentReference(intent, key, at));
    }

    List<IntentReference> intents() {
        return List.copyOf(intents);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems in the order of the file. */
    List<ConfigProblem> problems() {
        return sorted(problems);
    }

    List<ConfigProblem> notes() {
        return sorted(notes);
    }

    private static List<ConfigProblem> sorted(List<ConfigProblem> list) {
        return list.stream().distinct()
                .sorted(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column)
                        .thenComparing(ConfigProblem::key))
                .toList();
    }

    private static ConfigProblem at(Node node, KeyPath key, String message) {
        int line = node == null ? 1 : node.getStartMark().getLine() + 1;
        int column = node == null ? 1 : node.getStartMark().getColumn() + 1;
        return new ConfigProblem(line, column, key.text(), message);
    }
}
