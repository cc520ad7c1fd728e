package dev.docent.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a value in docent.yml may look like: a section of named keys, a table of keys the user
 * chooses (knowledge base names, tenant ids), a list, or a scalar (text, a number, a duration...).
 * Reading a node against its shape reports every problem at its place and returns the value in
 * its current form - old key names renamed, old units converted - for binding to the records.
 */
sealed interface Shape permits Shape.Section, Shape.Table, Shape.ListOf, Shape.Scalar {

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What a value of this shape looks like, for "expected ..." messages. */
    String expected();

    /**
     * Reads {@code node} against this shape; problems go to {@code reading}.
     *
     * @param owner the key the value belongs to, where a missing part is reported
     * @return the value in its current form, or null when it cannot be used
     */
    JsonNode read(Node node, Node owner, KeyPath key, Reading reading);

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()));
    }

    // --- sections: a fixed set of keys -------------------------------------------------------

    /** Checks a section's keys together, once each has been read (e.g. "exactly one of directory, git, url"). */
    @FunctionalInterface
    interface Rule {
        void check(Map<String, Present> present, Node section, KeyPath key, Reading reading);
    }

    /** A key that was given: where, and its value in current form. */
    record Present(Node key, Node value, JsonNode normalized) {
    }

    /** The old name of a key and how its value becomes the new key's value. */
    record FormerName(String name, Shape shape, UnaryOperator<JsonNode> convert, Function<JsonNode, String> written) {
    }

    /**
     * One key of a section.
     *
     * @param whenMissing null for an optional key; else what to say when it is missing
     * @param former      the key's old name, still read with a deprecation note
     * @param deprecation for a key that is read as it is but should move elsewhere: the note
     */
    record Field(String name, Shape shape, String whenMissing, FormerName former, String deprecation) {

        Field formerly(String oldName) {
            return formerly(oldName, shape, UnaryOperator.identity(), JsonNode::asText);
        }

        Field formerly(String oldName, Shape oldShape, UnaryOperator<JsonNode> convert, Function<JsonNode, String> written) {
            return new Field(name, shape, whenMissing, new FormerName(oldName, oldShape, convert, written), deprecation);
        }

        Field deprecated(String note) {
            return new Field(name, shape, whenMissing, former, note);
        }
    }

    static Field optional(String name, Shape shape) {
        return new Field(name, shape, null, null, null);
    }

    static Field required(String name, Shape shape, String whenMissing) {
        return new Field(name, shape, whenMissing, null, null);
    }

    static Section section(String expected, Field... fields) {
        return new Section(expected, List.of(fields), List.of());
    }

    record Section(String expected, List<Field> fields, List<Rule> rules) implements Shape {

        Section withRule(Rule rule) {
            List<Rule> all = new ArrayList<>(rules);
            all.add(rule);
            return new Section(expected, fields, all);
        }

        Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        @Override
        public JsonNode read(Node node, Node owner, KeyPath key, Reading reading) {
            if (!isNull(node) && !(node instanceof MappingNode)) {
                reading.problem(node, key, "expected " + expected + ", found " + Shapes.found(node));
                return null;
            }
            Map<String, NodeTuple> given = Shapes.entries(node, key, reading);
            Map<String, Present> present = new LinkedHashMap<>();
            ObjectNode out = JSON.objectNode();
            for (Map.Entry<String, NodeTuple> entry : given.entrySet()) {
                String name = entry.getKey();
                Node keyNode = entry.getValue().getKeyNode();
                Node valueNode = entry.getValue().getValueNode();
                Optional<Field> current = field(name);
                Optional<Field> renamed = fields.stream()
                        .filter(f -> f.former() != null && f.former().name().equals(name)).findFirst();
                if (current.isPresent()) {
                    Field field = current.get();
                    KeyPath path = key.key(name);
                    reading.keyAt(path, keyNode);
                    if (field.deprecation() != null) {
                        reading.note(keyNode, path, field.deprecation());
                    }
                    readInto(out, present, field.name(), field.shape(), keyNode, valueNode, path, reading, UnaryOperator.identity());
                } else if (renamed.isPresent()) {
                    Field field = renamed.get();
                    FormerName former = field.former();
                    KeyPath oldPath = key.key(name);
                    reading.keyAt(oldPath, keyNode);
                    if (given.containsKey(field.name())) {
                        reading.problem(keyNode, oldPath, "give only one of '" + field.name() + "' and its old name '" + name + "'");
                        continue;
                    }
                    reading.keyAt(key.key(field.name()), keyNode);
                    JsonNode value = readInto(out, present, field.name(), former.shape(), keyNode, valueNode, oldPath, reading,
                            former.convert());
                    if (value != null) {
                        reading.note(keyNode, oldPath, "'" + name + "' is deprecated: write '" + field.name() + ": "
                                + former.written().apply(value) + "' instead (the old key still works for now)");
                    }
                } else {
                    reading.problem(keyNode, key.key(name), "unknown key " + Shapes.suggestion(name, fields));
                }
            }
            for (Field field : fields) {
                boolean written = hasValue(given, field.name()) || (field.former() != null && hasValue(given, field.former().name()));
                if (field.whenMissing() != null && !written) {
                    Node at = given.containsKey(field.name()) ? given.get(field.name()).getKeyNode() : owner;
                    reading.problem(at, key.key(field.name()), field.whenMissing());
                }
            }
            for (Rule rule : rules) {
                rule.check(present, node == null ? owner : node, key, reading);
            }
            return out;
        }

        private static boolean hasValue(Map<String, NodeTuple> given, String name) {
            return given.containsKey(name) && !isNull(given.get(name).getValueNode());
        }

        private static JsonNode readInto(ObjectNode out, Map<String, Present> present, String name, Shape shape,
                                         Node keyNode, Node valueNode, KeyPath path, Reading reading,
                                         UnaryOperator<JsonNode> convert) {
            if (isNull(valueNode)) {
                return null; // "key:" with nothing after it (e.g. "model:" with all below commented out) is the key left out
            }
            JsonNode value = shape.read(valueNode, keyNode, path, reading);
            if (value == null) {
                return null;
            }
            JsonNode converted = convert.apply(value);
            out.set(name, converted);
            present.put(name, new Present(keyNode, valueNode, converted));
            return converted;
        }
    }

    // --- tables: keys the user chooses --------------------------------------------------------

    /** Checks a key the user chose - a knowledge base name, an intent - and may record it. */
    @FunctionalInterface
    interface KeyRule {
        KeyRule ANY = (name, at, key, reading) -> { };

        void check(String name, Node at, KeyPath key, Reading reading);
    }

    /**
     * @param placeholder how the reference writes the chosen key, e.g. {@code <kb>} in
     *                    {@code knowledgeBases.<kb>.audience}
     */
    static Table table(String expected, String placeholder, Shape values, KeyRule keys) {
        return new Table(expected, placeholder, values, keys);
    }

    record Table(String expected, String placeholder, Shape values, KeyRule keys) implements Shape {

        @Override
        public JsonNode read(Node node, Node owner, KeyPath key, Reading reading) {
            if (!isNull(node) && !(node instanceof MappingNode)) {
                reading.problem(node, key, "expected " + expected + ", found " + Shapes.found(node));
                return null;
            }
            ObjectNode out = JSON.objectNode();
            Shapes.entries(node, key, reading).forEach((name, tuple) -> {
                KeyPath path = key.key(name);
                reading.keyAt(path, tuple.getKeyNode());
                keys.check(name, tuple.getKeyNode(), path, reading);
                Node value = tuple.getValueNode();
                if (isNull(value) && values instanceof Scalar) {
                    reading.problem(tuple.getKeyNode(), path, "has no value");
                    return;
                }
                JsonNode read = values.read(value, tuple.getKeyNode(), path, reading);
                if (read != null) {
                    out.set(name, read);
                }
            });
            return out;
        }
    }

    // --- lists --------------------------------------------------------------------------------

    static ListOf list(String expected, Shape items) {
        return new ListOf(expected, items);
    }

    record ListOf(String expected, Shape items) implements Shape {

        @Override
        public JsonNode read(Node node, Node owner, KeyPath key, Reading reading) {
            if (!(node instanceof SequenceNode sequence)) {
                reading.problem(node, key, "expected " + expected + ", found " + Shapes.found(node));
                return null;
            }
            ArrayNode out = JSON.arrayNode();
            List<Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                Node item = values.get(i);
                if (isNull(item) && items instanceof Scalar) {
                    reading.problem(item, key.index(i), "an empty item");
                    continue;
                }
                JsonNode read = items.read(item, item, key.index(i), reading);
                if (read != null) {
                    out.add(read);
                }
            }
            return out;
        }
    }

    // --- scalars ------------------------------------------------------------------------------

    /** A scalar's value in current form, or what is wrong with it. */
    record Parsed(JsonNode value, String problem) {

        static Parsed ok(JsonNode value) {
            return new Parsed(value, null);
        }

        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }
    }

    record Scalar(String expected, Function<ScalarNode, Parsed> parse) implements Shape {

        @Override
        public JsonNode read(Node node, Node owner, KeyPath key, Reading reading) {
            if (!(node instanceof ScalarNode scalar) || isNull(node)) {
                reading.problem(node == null ? owner : node, key, "expected " + expected + ", found " + Shapes.found(node));
                return null;
            }
            Parsed parsed = parse.apply(scalar);
            if (parsed.problem() != null) {
                reading.problem(node, key, parsed.problem());
                return null;
            }
            return parsed.value();
        }
    }

    /** Helpers shared by the shapes. */
    final class Shapes {

        private Shapes() {
        }

        /** A mapping's keys in order, merge keys ({@code <<: *defaults}) resolved, repeated keys reported. */
        static Map<String, NodeTuple> entries(Node node, KeyPath key, Reading reading) {
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                return entries;
            }
            List<NodeTuple> merged = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
                    Node value = tuple.getValueNode();
                    List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
                    for (Node source : sources) {
                        if (source instanceof MappingNode m) {
                            merged.addAll(m.getValue());
                        } else {
                            reading.problem(source, key, "'<<' merges a mapping, found " + found(source));
                        }
                    }
                    continue;
                }
                if (!(tuple.getKeyNode() instanceof ScalarNode k) || isNull(k)) {
                    reading.problem(tuple.getKeyNode(), key, "a key must be a plain name, found " + found(tuple.getKeyNode()));
                    continue;
                }
                NodeTuple first = entries.putIfAbsent(k.getValue(), tuple);
                if (first != null) {
                    reading.problem(k, key.key(k.getValue()), "given twice (first on line "
                            + (first.getKeyNode().getStartMark().getLine() + 1) + "); keep one");
                }
            }
            for (NodeTuple tuple : merged) {
                if (tuple.getKeyNode() instanceof ScalarNode k) {
                    entries.putIfAbsent(k.getValue(), tuple);
                }
            }
            return entries;
        }

        static String found(Node node) {
            if (isNull(node)) {
                return "nothing";
            }
            return switch (node) {
                case MappingNode m -> "a section of keys";
                case SequenceNode s -> "a list";
                case ScalarNode s -> "'" + s.getValue() + "'";
                default -> "something else";
            };
        }

        /** "(did you mean 'audience'? known keys: ...)" for a misspelt key. */
        static String suggestion(String name, List<Field> fields) {
            String known = fields.stream().filter(f -> f.deprecation() == null).map(Field::name).sorted()
                    .collect(Collectors.joining(", "));
            Optional<String> close = closest(name, fields.stream().map(Field::name).toList());
            Optional<Field> formerly = fields.stream().filter(f -> f.former() != null)
                    .filter(f -> closest(name, List.of(f.former().name())).isPresent()).findFirst();
            if (close.isPresent()) {
                return "(did you mean '" + close.get() + "'? known keys: " + known + ")";
            }
            if (formerly.isPresent()) {
                return "(did you mean '" + formerly.get().name() + "', formerly '" + formerly.get().former().name()
                        + "'? known keys: " + known + ")";
            }
            return "(known keys: " + known + ")";
        }

        /** The candidate {@code name} is most likely a misspelling of, if one is close enough. */
        static Optional<String> closest(String name, List<String> candidates) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : candidates) {
                int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            int allowed = Math.max(2, name.length() / 4);
            return best != null && bestDistance <= allowed && !best.equals(name) ? Optional.of(best) : Optional.empty();
        }

        /** Levenshtein distance. */
        static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            Arrays.setAll(previous, i -> i);
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }
}
