package dev.docent.indexer.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads an OpenAPI (or Swagger 2) description ({@code openapi.yaml}, {@code swagger.json}) as the API reference a
 * site renders from it - Mintlify, Redoc, Swagger UI and ReadMe pages carry little more than a pointer into it:
 * titled by {@code info.title}, its introduction and servers first, then its authentication, then each tag's
 * operations as sections ("Add a new pet to the store ({@code POST /pet})") with their parameters, request body
 * fields, and responses, then webhooks and the schemas' fields. A YAML or JSON file that is no OpenAPI
 * description (a generator's settings named {@code openapi-config.yaml}) is read as empty.
 */
public final class OpenApiParser implements DocumentParser {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options", "trace");
    /** SnakeYAML's default of 3 MB is smaller than public APIs' descriptions (GitHub's is ten times that). */
    private static final int MAX_YAML_CHARACTERS = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(yamlLimits()).build());
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final int MAX_HEADING_LEVEL = 6;

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        JsonNode api = tree(content);
        if (!api.has("openapi") && !api.has("swagger")) {
            return new ParsedDocument(fallbackTitle, List.of());
        }
        OpenApiSchemas schemas = new OpenApiSchemas(api);
        StringBuilder page = new StringBuilder("# ").append(api.path("info").path("title").asText(fallbackTitle)).append("\n\n");
        introduction(api, page);
        authentication(api, page);
        operations(api, schemas, page);
        webhooks(api, schemas, page);
        schemas(api, schemas, page);
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** A description's YAML or JSON as a tree, read within limits that public APIs' descriptions fit. */
    public static JsonNode tree(byte[] content) throws UnreadableDocumentException {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            JsonNode api = (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
            return api == null ? JSON.createObjectNode() : api;
        } catch (JacksonException e) {
            throw new UnreadableDocumentException("not valid YAML or JSON: " + e.getOriginalMessage());
        }
    }

    private static void introduction(JsonNode api, StringBuilder page) {
        List<String> servers = new ArrayList<>();
        api.path("servers").forEach(server -> servers.add("`" + server.path("url").asText() + "`"
                + (server.hasNonNull("description") ? " (" + server.get("description").asText() + ")" : "")));
        if (api.hasNonNull("host")) {
            servers.add("`" + api.path("schemes").path(0).asText("https") + "://" + api.get("host").asText()
                    + api.path("basePath").asText("") + "`");
        }
        if (!servers.isEmpty()) {
            page.append("Base URL: ").append(String.join(", ", servers)).append("\n\n");
        }
        markdownText(page, api.path("info").path("description").asText(""), 1);
    }

    /** Components' security schemes (Swagger's security definitions): how a client authenticates. */
    private static void authentication(JsonNode api, StringBuilder page) {
        JsonNode schemes = api.path("components").path("securitySchemes");
        schemes = schemes.isObject() ? schemes : api.path("securityDefinitions");
        if (!schemes.isObject() || schemes.isEmpty()) {
            return;
        }
        page.append("## Authentication\n\n");
        for (Map.Entry<String, JsonNode> entry : schemes.properties()) {
            JsonNode scheme = entry.getValue();
            String how = switch (scheme.path("type").asText()) {
                case "apiKey" -> "API key in the " + scheme.path("in").asText() + " `" + scheme.path("name").asText() + "`";
                case "http" -> "HTTP " + scheme.path("scheme").asText() + " authentication"
                        + (scheme.hasNonNull("bearerFormat") ? " (" + scheme.get("bearerFormat").asText() + ")" : "");
                case "basic" -> "HTTP basic authentication";
                case "oauth2" -> "OAuth 2.0";
                case "openIdConnect" -> "OpenID Connect";
                default -> scheme.path("type").asText("");
            };
            page.append("- `").append(entry.getKey()).append("`: ").append(how);
            String description = oneLine(scheme.path("description").asText(""));
            page.append(description.isEmpty() ? "" : ". " + description).append('\n');
        }
        page.append('\n');
    }

    /** Each tag's operations under its name and description, in the order the description lists its tags. */
    private static void operations(JsonNode api, OpenApiSchemas schemas, StringBuilder page) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        api.path("tags").forEach(tag -> byTag.put(tag.path("name").asText(), new ArrayList<>()));
        List<Operation> untagged = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Operation operation : operationsOf(path.getKey(), schemas.resolve(path.getValue()))) {
                String tag = operation.details().path("tags").path(0).asText("");
                (tag.isEmpty() ? untagged : byTag.computeIfAbsent(tag, name -> new ArrayList<>())).add(operation);
            }
        }
        boolean tagged = byTag.values().stream().anyMatch(list -> !list.isEmpty());
        for (Map.Entry<String, List<Operation>> tag : byTag.entrySet()) {
            if (!tag.getValue().isEmpty()) {
                page.append("## ").append(tag.getKey()).append("\n\n");
                markdownText(page, tagDescription(api, tag.getKey()), 2);
                tag.getValue().forEach(operation -> operation(operation, 3, schemas, page));
            }
        }
        if (tagged && !untagged.isEmpty()) {
            page.append("## Other endpoints\n\n");
        }
        untagged.forEach(operation -> operation(operation, tagged ? 3 : 2, schemas, page));
    }

    /** A path item's operations in the order it lists them, but those its site hides. */
    private static List<Operation> operationsOf(String path, JsonNode item) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            JsonNode details = field.getValue();
            if (METHODS.contains(field.getKey()) && details.isObject()
                    && !details.path("x-internal").asBoolean(false) && !details.path("x-hidden").asBoolean(false)) {
                operations.add(new Operation(field.getKey().toUpperCase(Locale.ROOT) + " " + path, item, field.getValue()));
            }
        }
        return operations;
    }

    private static String tagDescription(JsonNode api, String name) {
        for (JsonNode tag : api.path("tags")) {
            if (tag.path("name").asText().equals(name)) {
                return tag.path("description").asText("");
            }
        }
        return "";
    }

    /** OpenAPI 3.1's webhooks: the requests the API sends, each read as an operation. */
    private static void webhooks(JsonNode api, OpenApiSchemas schemas, StringBuilder page) {
        JsonNode webhooks = api.path("webhooks");
        if (!webhooks.isObject() || webhooks.isEmpty()) {
            return;
        }
        page.append("## Webhooks\n\n");
        for (Map.Entry<String, JsonNode> webhook : webhooks.properties()) {
            operationsOf(webhook.getKey() + " webhook", schemas.resolve(webhook.getValue()))
                    .forEach(operation -> operation(operation, 3, schemas, page));
        }
    }

    /**
     * A description read once for the pages that each show one of its operations: a Mintlify endpoint page names its
     * operation in its front matter ({@code openapi: POST /bookings}) and holds little else.
     */
    public static final class Description {

        private final JsonNode api;
        private final OpenApiSchemas schemas;

        private Description(JsonNode api) {
            this.api = api;
            this.schemas = new OpenApiSchemas(api);
        }

        /** @return empty when the bytes are not valid YAML or JSON */
        public static Optional<Description> read(byte[] content) {
            try {
                return Optional.of(new Description(tree(content)));
            } catch (UnreadableDocumentException e) {
                return Optional.empty();
            }
        }

        /** One operation's reference without its heading; empty when the description has no such operation. */
        public Optional<String> operationReference(String method, String path) {
            JsonNode item = schemas.resolve(api.path("paths").path(path));
            JsonNode details = item.path(method.toLowerCase(Locale.ROOT));
            if (!details.isObject()) {
                return Optional.empty();
            }
            StringBuilder reference = new StringBuilder();
            operationBody(new Operation(method.toUpperCase(Locale.ROOT) + " " + path, item, details), 1, schemas, reference);
            return Optional.of(reference.toString());
        }

        /** Each operation it holds, named by method and path ({@code POST /bookings}). */
        public Set<String> operationNames() {
            Set<String> names = new HashSet<>();
            for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
                operationsOf(path.getKey(), schemas.resolve(path.getValue())).forEach(operation -> names.add(operation.name()));
            }
            return names;
        }
    }

    private static void operation(Operation operation, int level, OpenApiSchemas schemas, StringBuilder page) {
        String summary = oneLine(operation.details().path("summary").asText(""));
        page.append("#".repeat(level)).append(' ').append(summary.isEmpty() ? "" : summary + " (")
                .append('`').append(operation.name()).append('`').append(summary.isEmpty() ? "" : ")").append("\n\n");
        operationBody(operation, level, schemas, page);
    }

    private static void operationBody(Operation operation, int level, OpenApiSchemas schemas, StringBuilder page) {
        JsonNode details = operation.details();
        if (details.path("deprecated").asBoolean(false)) {
            page.append("Deprecated.\n\n");
        }
        markdownText(page, details.path("description").asText(""), level);
        parameters(operation, schemas, page);
        requestBody(details, schemas, page);
        responses(details, schemas, page);
    }

    /** The path item's parameters and the operation's own, which override those of the same name and place. */
    private static void parameters(Operation operation, OpenApiSchemas schemas, StringBuilder page) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(operation.pathItem().path("parameters"), operation.details().path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = schemas.resolve(parameter);
                parameters.put(resolved.path("in").asText() + " " + resolved.path("name").asText(), resolved);
            }
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode parameter : parameters.values()) {
            if (parameter.path("in").asText().equals("body")) {
                bodyFields(null, parameter.path("description").asText(""), parameter.path("schema"), schemas, page);
                continue;
            }
            JsonNode schema = parameter.has("schema") ? parameter.get("schema") : parameter;
            lines.add("- `" + parameter.path("name").asText() + "` (" + parameter.path("in").asText() + ", "
                    + schemas.typeOf(schema) + (parameter.path("required").asBoolean(false) ? ", required" : "") + ")"
                    + schemas.about(schemas.described(parameter, schemas.resolve(schema))));
        }
        if (!lines.isEmpty()) {
            page.append("Parameters:\n\n").append(String.join("\n", lines)).append("\n\n");
        }
    }

    private static void requestBody(JsonNode details, OpenApiSchemas schemas, StringBuilder page) {
        JsonNode body = schemas.resolve(details.path("requestBody"));
        if (!body.isObject()) {
            return;
        }
        Map.Entry<String, JsonNode> media = firstMedia(body);
        bodyFields(media == null ? null : media.getKey(), body.path("description").asText(""),
                media == null ? body.path("schema") : media.getValue().path("schema"), schemas, page);
    }

    /** "Request body (`application/json`, Pet): what it is", then the fields. */
    private static void bodyFields(String mediaType, String description, JsonNode schema, OpenApiSchemas schemas, StringBuilder page) {
        List<String> about = new ArrayList<>();
        if (mediaType != null) {
            about.add("`" + mediaType + "`");
        }
        if (!schema.isMissingNode()) {
            about.add(schemas.typeOf(schema));
        }
        String said = oneLine(description);
        page.append("Request body").append(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")")
                .append(said.isEmpty() ? "" : ": " + said).append("\n\n");
        List<String> fields = schemas.fields(schema);
        if (!fields.isEmpty()) {
            page.append(String.join("\n", fields)).append("\n\n");
        }
    }

    /** Each response by its status, and the fields of the first successful one's body. */
    private static void responses(JsonNode details, OpenApiSchemas schemas, StringBuilder page) {
        List<String> lines = new ArrayList<>();
        List<String> returned = List.of();
        for (Map.Entry<String, JsonNode> response : details.path("responses").properties()) {
            JsonNode resolved = schemas.resolve(response.getValue());
            Map.Entry<String, JsonNode> media = firstMedia(resolved);
            JsonNode schema = media == null ? resolved.path("schema") : media.getValue().path("schema");
            String returns = schema.isMissingNode() ? "" : " (" + schemas.typeOf(schema) + ")";
            String description = oneLine(resolved.path("description").asText(""));
            lines.add("- `" + response.getKey() + "`" + returns + (description.isEmpty() ? "" : ": " + description));
            if (returned.isEmpty() && response.getKey().startsWith("2")) {
                returned = schemas.fields(schema);
            }
        }
        if (!lines.isEmpty()) {
            page.append("Responses:\n\n").append(String.join("\n", lines)).append("\n\n");
        }
        if (!returned.isEmpty()) {
            page.append("Response fields:\n\n").append(String.join("\n", returned)).append("\n\n");
        }
    }

    private static Map.Entry<String, JsonNode> firstMedia(JsonNode withContent) {
        var media = withContent.path("content").properties().iterator();
        return media.hasNext() ? media.next() : null;
    }

    /** The named schemas (Swagger's definitions), each with its description and fields. */
    private static void schemas(JsonNode api, OpenApiSchemas schemas, StringBuilder page) {
        JsonNode named = api.path("components").path("schemas");
        named = named.isObject() ? named : api.path("definitions");
        if (!named.isObject() || named.isEmpty()) {
            return;
        }
        page.append("## Schemas\n\n");
        for (Map.Entry<String, JsonNode> schema : named.properties()) {
            page.append("### ").append(schema.getKey()).append("\n\n");
            JsonNode resolved = schemas.resolve(schema.getValue());
            markdownText(page, resolved.path("description").asText(""), 3);
            List<String> fields = schemas.fields(resolved);
            page.append(fields.isEmpty() ? "Type: " + schemas.typeOf(resolved) : String.join("\n", fields)).append("\n\n");
        }
    }

    /** A description is Markdown; its own headings go under the section it describes. */
    private static void markdownText(StringBuilder page, String text, int level) {
        if (text.isBlank()) {
            return;
        }
        boolean inFence = false;
        for (String line : text.strip().split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher heading = HEADING.matcher(line);
            boolean demoted = !inFence && heading.find();
            page.append(demoted ? "#".repeat(Math.max(0, Math.min(level, MAX_HEADING_LEVEL - heading.group(1).length()))) : "")
                    .append(line).append('\n');
        }
        page.append('\n');
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CHARACTERS);
        return options;
    }

    /** @param name how the reference names it: {@code POST /pets/{petId}} */
    private record Operation(String name, JsonNode pathItem, JsonNode details) {
    }
}
