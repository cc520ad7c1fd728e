package dev.docent.indexer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * An OpenAPI document's schemas as its rendered reference lists them: each field with its type, whether it is
 * required, what it is and the values it takes, nested objects' fields under their parent's name
 * ({@code customer.email}) - but a field of a named schema's type, whose fields are listed under its name, by
 * that name only. Local references ({@code #/components/schemas/Pet}, Swagger's {@code #/definitions/Pet})
 * are followed; a reference to another file is shown by its name.
 */
final class OpenApiSchemas {

    /** Deep enough for {@code address.city}-style fields, shallow enough that a large schema stays readable. */
    private static final int MAX_DEPTH = 3;
    private static final int MAX_ENUM_VALUES = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    OpenApiSchemas(JsonNode document) {
        this.document = document;
    }

    /** The node a {@code $ref} points to inside this document, or the node itself when it is no reference. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < MAX_DEPTH * 4 && current.hasNonNull("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1).replace("~1", "/").replace("~0", "~"));
            if (current instanceof MissingNode) {
                return node;
            }
        }
        return current;
    }

    /** The fields of an object schema, as Markdown list items. */
    List<String> fields(JsonNode schema) {
        List<String> lines = new ArrayList<>();
        fields(schema, "", 0, Collections.newSetFromMap(new IdentityHashMap<>()), lines);
        return lines;
    }

    private void fields(JsonNode schema, String prefix, int depth, Set<JsonNode> seen, List<String> lines) {
        JsonNode resolved = itemsOf(resolve(schema));
        if (depth >= MAX_DEPTH || !seen.add(resolved)) {
            return;
        }
        Set<String> required = new HashSet<>();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (JsonNode part : parts(resolved)) {
            part.path("required").forEach(name -> required.add(name.asText()));
            part.path("properties").properties().forEach(property -> properties.put(property.getKey(), property.getValue()));
        }
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = prefix + property.getKey();
            JsonNode field = resolve(property.getValue());
            lines.add("- `" + name + "` (" + typeOf(property.getValue()) + (required.contains(property.getKey()) ? ", required" : "")
                    + ")" + about(property.getValue().has("$ref") ? described(property.getValue(), field) : field));
            if (!namesSchema(property.getValue())) {
                fields(field, name + ".", depth + 1, seen, lines);
            }
        }
        seen.remove(resolved);
    }

    /** A field whose type is a named schema, whose fields the reference lists under that name. */
    private static boolean namesSchema(JsonNode schema) {
        return schema.has("$ref") || schema.path("items").has("$ref");
    }

    /** What a schema is built from ({@code allOf}, whose fields it all has, a later part's over an earlier's), then itself. */
    private List<JsonNode> parts(JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        schema.path("allOf").forEach(part -> parts.add(resolve(part)));
        parts.add(schema);
        return parts;
    }

    private JsonNode itemsOf(JsonNode schema) {
        return schema.has("items") ? resolve(schema.get("items")) : schema;
    }

    /** {@code string}, {@code array of Pet}, {@code one of Cat, Dog}: as a reference names a field's type. */
    String typeOf(JsonNode schema) {
        if (schema.hasNonNull("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1).replaceFirst("\\.(?:ya?ml|json)$", "");
        }
        if (schema.has("items")) {
            return "array of " + typeOf(schema.get("items"));
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.path(choice).isArray()) {
                return "one of " + StreamSupport.stream(schema.get(choice).spliterator(), false)
                        .map(variant -> variant.hasNonNull("title") ? variant.get("title").asText() : typeOf(variant))
                        .distinct().collect(Collectors.joining(", "));
            }
        }
        JsonNode type = schema.path("type");
        String named = type.isArray() ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText)
                .filter(t -> !t.equals("null")).collect(Collectors.joining(" or ")) : type.asText("");
        if (named.isEmpty()) {
            named = schema.has("properties") || schema.has("allOf") ? "object" : "any";
        }
        return schema.hasNonNull("format") ? named + ", " + schema.get("format").asText() : named;
    }

    /**
     * A schema as one use of it describes it: a parameter's or a reference's own description and deprecation
     * (OpenAPI 3.1 lets a reference have them) over the schema's values and default - a named schema's
     * description says what the schema is, not what this field holds.
     */
    JsonNode described(JsonNode use, JsonNode schema) {
        ObjectNode described = JSON.createObjectNode();
        if (schema instanceof ObjectNode object) {
            described.setAll(object);
        }
        described.remove("description");
        for (String field : List.of("description", "deprecated")) {
            if (use.has(field)) {
                described.set(field, use.get(field));
            }
        }
        return described;
    }

    /** A field's description, its values and its default, after a colon. */
    String about(JsonNode schema) {
        List<String> sentences = new ArrayList<>();
        String description = schema.path("description").asText("").strip().replaceAll("\\s*\\n\\s*", " ");
        if (!description.isEmpty()) {
            sentences.add(description.endsWith(".") ? description.substring(0, description.length() - 1) : description);
        }
        // An array's values are its items': a status list of "active", "banned", "inactive".
        JsonNode values = schema.has("enum") ? schema.path("enum") : resolve(schema.path("items")).path("enum");
        if (values.isArray() && !values.isEmpty()) {
            sentences.add("One of " + StreamSupport.stream(values.spliterator(), false).limit(MAX_ENUM_VALUES)
                    .map(value -> "`" + value.asText() + "`").collect(Collectors.joining(", "))
                    + (values.size() > MAX_ENUM_VALUES ? ", ..." : ""));
        }
        if (schema.has("default") && !schema.get("default").isContainerNode()) {
            sentences.add("Default: `" + schema.get("default").asText() + "`");
        }
        if (schema.path("deprecated").asBoolean(false)) {
            sentences.add("Deprecated");
        }
        return sentences.isEmpty() ? "" : ": " + String.join(". ", sentences) + ".";
    }
}
