package dev.docent.core.intent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.core.error.Causes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intent model on disk: one JSON document, {@code "format": "docent-intent-model"} and a
 * version, that names its labels and its encoder, keeps its numbers as half-precision base64, and
 * carries its own figures. Written with a fixed key order and no clock, so the same data gives the
 * same bytes.
 */
public final class IntentModelFile {

    public static final String FORMAT = "docent-intent-model";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IntentModelFile() {
    }

    public static void write(IntentModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(model), StandardCharsets.UTF_8);
    }

    public static String toJson(IntentModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode encoder = root.putObject("encoder");
        encoder.put("name", model.encoder().name());
        encoder.put("instruction", model.encoder().instruction());
        encoder.put("dimensions", model.encoder().dimensions());
        ArrayNode labels = root.putArray("labels");
        model.labels().forEach(labels::add);
        root.put("lexicalWeight", model.lexicalWeight());
        root.put("temperature", model.temperature());
        ObjectNode facts = root.putObject("training");
        facts.put("trainRows", model.facts().trainRows());
        facts.put("validationRows", model.facts().validationRows());
        facts.put("seed", model.facts().seed());
        facts.set("epochs", JSON.valueToTree(model.facts().epochs()));
        ObjectNode evaluation = root.putObject("evaluation");
        model.facts().validation().ifPresent(f -> evaluation.set("validation", figures(f)));
        model.facts().test().ifPresent(f -> evaluation.set("test", figures(f)));
        root.set("semantic", layer(model.semantic()));
        model.lexical().ifPresent(lexical -> {
            ObjectNode node = root.putObject("lexical");
            ArrayNode vocabulary = node.putArray("vocabulary");
            lexical.features().vocabulary().forEach(vocabulary::add);
            node.put("idf", HalfFloats.encode(lexical.features().idf()));
            node.set("layer", layer(lexical.layer()));
        });
        model.outOfScope().ifPresent(detector -> {
            ObjectNode node = root.putObject("outOfScope");
            node.put("threshold", detector.threshold());
            node.put("confidenceMean", detector.confidenceMean());
            node.put("confidenceSpread", detector.confidenceSpread());
            node.put("similarityMean", detector.similarityMean());
            node.put("similaritySpread", detector.similaritySpread());
            node.put("prototypeCount", detector.prototypeCount());
            node.put("prototypes", HalfFloats.encode(detector.prototypes()));
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A model always serialises", e);
        }
    }

    /** Reads a model and checks it was made for {@code expected}: another encoder's vectors would be noise to it. */
    public static IntentModel read(Path file, Encoder expected) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), expected);
        } catch (NoSuchFileException e) {
            throw new InvalidIntentModelException(file + ": no such intent model file");
        } catch (IOException e) {
            throw new InvalidIntentModelException(file + ": cannot be read (" + Causes.describe(e) + ")");
        }
    }

    public static IntentModel read(InputStream in, String name, Encoder expected) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new InvalidIntentModelException(name + ": not an intent model (not JSON)");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidIntentModelException(name + ": not an intent model (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new InvalidIntentModelException(name + ": intent model format version " + root.path("version")
                    + ", this Docent reads version " + VERSION + "; retrain it with 'docent intents train'");
        }
        try {
            JsonNode enc = root.path("encoder");
            Encoder encoder = new Encoder(text(enc, "name"), text(enc, "instruction"), enc.path("dimensions").asInt());
            if (!encoder.equals(expected)) {
                throw new InvalidIntentModelException(name + ": this intent model was trained on the embeddings of "
                        + encoder.describe() + ", but Docent embeds questions with " + expected.describe()
                        + ". Retrain it with 'docent intents train'.");
            }
            List<String> labels = new ArrayList<>();
            root.path("labels").forEach(l -> labels.add(l.asText()));
            LinearLayer semantic = layer(root.path("semantic"), "semantic");
            Optional<IntentModel.LexicalExpert> lexical = Optional.empty();
            if (root.has("lexical")) {
                JsonNode node = root.get("lexical");
                List<String> vocabulary = new ArrayList<>();
                node.path("vocabulary").forEach(t -> vocabulary.add(t.asText()));
                LexicalFeatures features = new LexicalFeatures(vocabulary,
                        HalfFloats.decode(text(node, "idf"), vocabulary.size(), "lexical.idf"));
                lexical = Optional.of(new IntentModel.LexicalExpert(features, layer(node.path("layer"), "lexical.layer")));
            }
            Optional<OutOfScopeDetector> outOfScope = Optional.empty();
            if (root.has("outOfScope")) {
                JsonNode node = root.get("outOfScope");
                int count = node.path("prototypeCount").asInt();
                outOfScope = Optional.of(new OutOfScopeDetector(encoder.dimensions(),
                        HalfFloats.decode(text(node, "prototypes"), count * encoder.dimensions(), "outOfScope.prototypes"),
                        node.path("confidenceMean").asDouble(), node.path("confidenceSpread").asDouble(),
                        node.path("similarityMean").asDouble(), node.path("similaritySpread").asDouble(),
                        node.path("threshold").asDouble()));
            }
            JsonNode training = root.path("training");
            Map<String, Integer> epochs = new LinkedHashMap<>();
            training.path("epochs").properties().forEach(e -> epochs.put(e.getKey(), e.getValue().asInt()));
            JsonNode evaluation = root.path("evaluation");
            ModelFacts facts = new ModelFacts(training.path("trainRows").asInt(), training.path("validationRows").asInt(),
                    training.path("seed").asLong(), epochs,
                    Optional.ofNullable(evaluation.get("validation")).map(IntentModelFile::figures),
                    Optional.ofNullable(evaluation.get("test")).map(IntentModelFile::figures));
            return new IntentModel(encoder, labels, semantic, lexical, root.path("lexicalWeight").asDouble(),
                    root.path("temperature").asDouble(), outOfScope, facts);
        } catch (InvalidIntentModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // the model's own parts check their shapes and say what does not fit
            throw new InvalidIntentModelException(name + ": a damaged intent model (" + e.getMessage() + ")");
        } catch (NullPointerException e) {
            throw new InvalidIntentModelException(name + ": a damaged intent model (a part is missing)");
        }
    }

    private static ObjectNode layer(LinearLayer layer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("features", layer.features());
        node.put("classes", layer.classes());
        node.put("weights", HalfFloats.encode(layer.weights()));
        node.put("bias", HalfFloats.encode(layer.bias()));
        return node;
    }

    private static LinearLayer layer(JsonNode node, String what) {
        int features = node.path("features").asInt();
        int classes = node.path("classes").asInt();
        return new LinearLayer(features, classes, HalfFloats.decode(text(node, "weights"), features * classes, what + ".weights"),
                HalfFloats.decode(text(node, "bias"), classes, what + ".bias"));
    }

    private static ObjectNode figures(EvaluationFigures figures) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rows", figures.rows());
        node.put("accuracy", figures.accuracy());
        node.put("macroF1", figures.macroF1());
        node.set("perClass", JSON.valueToTree(figures.perClass()));
        node.put("inScopeAccuracy", figures.inScopeAccuracy());
        node.put("oosRecall", figures.oosRecall());
        node.put("oosPrecision", figures.oosPrecision());
        return node;
    }

    private static EvaluationFigures figures(JsonNode node) {
        Map<String, ClassFigures> perClass = new LinkedHashMap<>();
        node.path("perClass").properties().forEach(e -> perClass.put(e.getKey(), new ClassFigures(
                e.getValue().path("precision").asDouble(), e.getValue().path("recall").asDouble(),
                e.getValue().path("f1").asDouble(), e.getValue().path("support").asInt())));
        return new EvaluationFigures(node.path("rows").asInt(), node.path("accuracy").asDouble(),
                node.path("macroF1").asDouble(), perClass, nullable(node, "inScopeAccuracy"), nullable(node, "oosRecall"),
                nullable(node, "oosPrecision"), List.copyOf(perClass.keySet()), new int[0][0]);
    }

    private static Double nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return value.asText();
    }
}
