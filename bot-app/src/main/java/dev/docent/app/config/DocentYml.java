package dev.docent.app.config;

import static dev.docent.app.config.Shape.list;
import static dev.docent.app.config.Shape.optional;
import static dev.docent.app.config.Shape.required;
import static dev.docent.app.config.Shape.section;
import static dev.docent.app.config.Shape.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docent.app.config.Shape.KeyRule;
import dev.docent.app.config.Shape.Rule;
import dev.docent.app.config.Shape.Section;
import dev.docent.core.intent.InvalidIntentModelException;
import dev.docent.core.knowledge.KnowledgeBaseName;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Every key docent.yml may hold: its shape, what is required, and the old names still read with a
 * deprecation note. docs/configuration-reference.md describes each key for people; a test checks
 * that none is left out there.
 */
final class DocentYml {

    private static final KeyRule KNOWLEDGE_BASE_NAME = (name, at, key, reading) -> {
        if (!KnowledgeBaseName.isValid(name)) {
            reading.problem(at, key, KnowledgeBaseName.rule(name));
        }
    };

    /** An intent named as a key is checked against the intent model once the whole file is read. */
    private static final KeyRule INTENT = (name, at, key, reading) -> reading.intent(name, key, at);

    private static final Shape KNOWLEDGE_BASES = list("a list of knowledge base names, e.g. [product-docs]",
            Scalars.knowledgeBaseName());

    private static final Section INTENT_RULE = section("a rule such as {action: escalate, minConfidence: 0.6}",
            required("action", Scalars.choice("answer", "answer_and_offer_human", "escalate"),
                    "missing (answer, answer_and_offer_human or escalate)"),
            optional("minConfidence", Scalars.decimal(0.0, false, 1.0)));

    private static final Shape POLICY = table("intents and their rules, e.g. outage: {action: escalate}", "<intent>", INTENT_RULE, INTENT);

    private static final List<String> SOURCE_KINDS = List.of("directory", "git", "url");

    /** Exactly one kind of source, and only the keys that kind reads. */
    private static final Rule ONE_KIND_OF_SOURCE = (present, source, key, reading) -> {
        List<String> kinds = SOURCE_KINDS.stream().filter(present::containsKey).toList();
        if (kinds.size() != 1) {
            reading.problem(source, key, "give exactly one of 'directory', 'git' or 'url'");
            return;
        }
        String kind = kinds.getFirst();
        for (String gitOnly : List.of("branch", "path")) {
            if (present.containsKey(gitOnly) && !kind.equals("git")) {
                reading.problem(present.get(gitOnly).key(), key.key(gitOnly), "is for git sources only");
            }
        }
        if (present.containsKey("urlTemplate") && kind.equals("url")) {
            reading.problem(present.get("urlTemplate").key(), key.key("urlTemplate"),
                    "is for directory and git sources (a website's pages keep their own URLs)");
        }
        for (String websiteOnly : List.of("maxPages", "maxDepth", "concurrency", "delay")) {
            if (present.containsKey(websiteOnly) && !kind.equals("url")) {
                reading.problem(present.get(websiteOnly).key(), key.key(websiteOnly), "is for website (url) sources only");
            }
        }
    };

    private static final Section SOURCE = section("a source: {directory: ...}, {git: ...} or {url: ...}",
            optional("directory", Scalars.nonBlankText("a folder")),
            optional("git", Scalars.nonBlankText("a repository URL or path")),
            optional("branch", Scalars.nonBlankText("a branch name")),
            optional("path", Scalars.text()),
            optional("url", Scalars.httpUrl()),
            optional("urlTemplate", Scalars.nonBlankText("a URL template such as https://docs.example.com/{path}")),
            optional("maxPages", Scalars.whole(1, null)),
            optional("maxDepth", Scalars.whole(0, null)),
            optional("concurrency", Scalars.whole(1, null)),
            optional("delay", Scalars.duration(true))
                    .formerly("delayMs", Scalars.whole(0, null), ms -> Scalars.toDuration(ms, ChronoUnit.MILLIS),
                            Scalars::writtenDuration))
            .withRule(ONE_KIND_OF_SOURCE);

    private static final Section KNOWLEDGE_BASE = section("a knowledge base's settings",
            optional("audience", Scalars.choice("public", "internal")).formerly("visibility"),
            optional("description", Scalars.text()),
            optional("sources", list("a list of sources", SOURCE)));

    private static final Section CHANNEL = section("a channel's settings",
            optional("knowledgeBases", KNOWLEDGE_BASES),
            optional("visibility", Scalars.choice("public", "private")));

    private static final Section TENANT = section("a tenant's settings",
            optional("name", Scalars.text()),
            optional("knowledgeBases", KNOWLEDGE_BASES),
            optional("visibility", Scalars.choice("public", "private")),
            optional("channels", table("channel ids and their settings", "<channel>", CHANNEL, KeyRule.ANY)),
            optional("admins", section("{users: [...], groups: [...]}",
                    optional("users", list("a list of user ids", Scalars.nonBlankText("a user id"))),
                    optional("groups", list("a list of user group or role ids", Scalars.nonBlankText("a group id"))))),
            optional("escalation", section("{channel: ..., mention: ...}",
                    required("channel", Scalars.nonBlankText("a channel id"),
                            "missing: the channel id escalation cases are posted to"),
                    optional("mention", Scalars.text()))),
            optional("intents", POLICY));

    private static final Section HOSTED_INTENTS = section("a hosted model's settings",
            required("name", Scalars.nonBlankText("a model name"), "missing: the fine-tuned model, e.g. "
                    + "ft:gpt-4o-mini-2024-07-18:acme::abc123").formerly("model"),
            optional("baseUrl", Scalars.httpUrl()),
            optional("apiKeyEnv", Scalars.environmentVariable()),
            optional("timeout", Scalars.duration(false))
                    .formerly("timeoutMs", Scalars.whole(1, null), ms -> Scalars.toDuration(ms, ChronoUnit.MILLIS),
                            Scalars::writtenDuration),
            optional("logprobs", Scalars.flag()));

    private static final Section INTENTS = section("the intents section",
            optional("enabled", Scalars.flag()),
            optional("modelFile", Scalars.nonBlankText("an intent model file")).formerly("model"),
            optional("policy", POLICY),
            optional("tenants", table("tenants and their intents' rules", "<tenant>", POLICY, KeyRule.ANY))
                    .deprecated("'intents.tenants' is deprecated: move each tenant's rules to tenants.<id>.intents "
                            + "(the old key still works for now)"),
            optional("hosted", HOSTED_INTENTS));

    private static final Section MODEL = section("the model section",
            required("provider", Scalars.choice("openai", "ollama", "anthropic"), "missing (one of: openai, ollama, anthropic)"),
            optional("baseUrl", Scalars.httpUrl()),
            required("name", Scalars.nonBlankText("a model name"), "missing (e.g. gpt-4o-mini)"),
            optional("apiKeyEnv", Scalars.environmentVariable()),
            optional("timeout", Scalars.duration(false))
                    .formerly("timeoutSeconds", Scalars.decimal(0.0, true, null),
                            seconds -> Scalars.toDuration(seconds, ChronoUnit.SECONDS), Scalars::writtenDuration),
            optional("maxRetries", Scalars.whole(0, null)),
            optional("maxTokens", Scalars.whole(1, null)));

    private static final Section PRICE = section("{inputPerMillion: ..., outputPerMillion: ...}",
            optional("inputPerMillion", Scalars.decimal(0.0, false, null)),
            optional("outputPerMillion", Scalars.decimal(0.0, false, null)));

    private static final Section CACHE = section("the cache section",
            optional("enabled", Scalars.flag()),
            optional("entries", Scalars.whole(1, null)),
            optional("ttl", Scalars.duration(false))
                    .formerly("ttlMinutes", Scalars.whole(1, null), minutes -> Scalars.toDuration(minutes, ChronoUnit.MINUTES),
                            Scalars::writtenDuration));

    private static final Section PAGING = section("the paging section",
            optional("maxPages", Scalars.whole(1, null)),
            optional("window", Scalars.duration(false)),
            optional("similarity", Scalars.decimal(0.0, false, 1.0)));

    /** The whole file. */
    static final Section FILE = section("sections such as knowledgeBases:, tenants:, intents:, model:",
            optional("knowledgeBases", table("knowledge base names and their settings", "<kb>", KNOWLEDGE_BASE, KNOWLEDGE_BASE_NAME)),
            optional("defaultKnowledgeBases", KNOWLEDGE_BASES),
            optional("tenants", table("tenant ids and their settings", "<tenant>", TENANT, KeyRule.ANY)),
            optional("intents", INTENTS),
            optional("model", MODEL),
            optional("prices", table("model names and their prices", "<model>", PRICE, KeyRule.ANY)),
            optional("cache", CACHE),
            optional("paging", PAGING),
            optional("relevanceModelFile", Scalars.relevanceModelFile()).formerly("relevanceModel"),
            optional("retention", Scalars.retention()));

    private static final JsonMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DocentYml() {
    }

    /**
     * Reads the whole file; every problem and note goes to {@code reading}. Returns the file in
     * its current form (old keys renamed, a tenant's intents under the tenant).
     */
    static ObjectNode read(Node root, Reading reading) {
        JsonNode tree = FILE.read(root, root, KeyPath.ROOT, reading);
        if (!(tree instanceof ObjectNode file)) {
            return null;
        }
        moveTenantIntentsOutOfIntents(file, reading);
        checkIntentsAgainstTheModel(file, reading);
        return file;
    }

    /** The records of a file read without problems. */
    static DocentConfig bind(ObjectNode file) {
        ObjectNode bindable = file.deepCopy();
        ObjectNode intents = bindable.withObjectProperty("intents");
        ObjectNode byTenant = intents.putObject("tenants");
        bindable.withObjectProperty("tenants").properties().forEach(tenant -> {
            if (tenant.getValue() instanceof ObjectNode settings && settings.has("intents")) {
                byTenant.set(tenant.getKey(), settings.remove("intents"));
            }
        });
        try {
            return BINDER.treeToValue(bindable, DocentConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("docent.yml was checked, yet does not fit its records: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code intents.tenants.<id>} (the old place) joins {@code tenants.<id>.intents}; one rule in both places is a conflict. */
    private static void moveTenantIntentsOutOfIntents(ObjectNode file, Reading reading) {
        JsonNode old = file.path("intents").path("tenants");
        if (!(old instanceof ObjectNode oldTenants) || oldTenants.isEmpty()) {
            return;
        }
        ObjectNode tenants = file.withObjectProperty("tenants");
        oldTenants.properties().forEach(tenant -> {
            ObjectNode rules = tenants.withObjectProperty(tenant.getKey()).withObjectProperty("intents");
            tenant.getValue().properties().forEach(rule -> {
                if (rules.has(rule.getKey())) {
                    KeyPath oldKey = KeyPath.ROOT.key("intents").key("tenants").key(tenant.getKey()).key(rule.getKey());
                    reading.problem(reading.whereIs(oldKey).orElse(null), oldKey, "also given as tenants." + tenant.getKey()
                            + ".intents." + rule.getKey() + "; keep that one and remove this");
                } else {
                    rules.set(rule.getKey(), rule.getValue());
                }
            });
        });
        ((ObjectNode) file.get("intents")).remove("tenants");
    }

    private static void checkIntentsAgainstTheModel(ObjectNode file, Reading reading) {
        JsonNode intents = file.path("intents");
        if (!intents.path("enabled").asBoolean(true) || reading.intents().isEmpty()) {
            return;
        }
        Optional<String> modelFile = Optional.ofNullable(intents.get("modelFile")).map(JsonNode::asText);
        KeyPath modelKey = KeyPath.ROOT.key("intents").key("modelFile");
        Set<String> known;
        try {
            known = IntentLabels.of(modelFile);
        } catch (InvalidIntentModelException e) {
            reading.problem(reading.whereIs(modelKey).orElse(null), modelKey, e.getMessage());
            return;
        }
        String list = String.join(", ", new TreeSet<>(known));
        for (Reading.IntentReference reference : reading.intents()) {
            if (!known.contains(reference.intent())) {
                String close = Shape.Shapes.closest(reference.intent(), List.copyOf(known))
                        .map(c -> "did you mean '" + c + "'? ").orElse("");
                reading.problem(reference.at(), reference.key(), "the intent model has no intent '" + reference.intent()
                        + "' (" + close + "known: " + list + ")");
            }
        }
    }

    /** Every key's path, with a placeholder such as {@code <kb>} for keys the user chooses and {@code []} for list items: for the reference's test. */
    static List<String> keyPaths() {
        return paths("", FILE).toList();
    }

    private static Stream<String> paths(String prefix, Shape shape) {
        return switch (shape) {
            case Section section -> section.fields().stream().flatMap(field -> {
                String path = prefix.isEmpty() ? field.name() : prefix + "." + field.name();
                return Stream.concat(Stream.of(path), paths(path, field.shape()));
            });
            case Shape.Table table -> paths(prefix + "." + table.placeholder(), table.values());
            case Shape.ListOf list -> list.items() instanceof Section ? paths(prefix + "[]", list.items()) : Stream.empty();
            case Shape.Scalar scalar -> Stream.empty();
        };
    }

    /** Old key name to its path in current form, for the reference's test. */
    static Map<String, String> formerNames() {
        return formerNames("", FILE);
    }

    private static Map<String, String> formerNames(String prefix, Shape shape) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        switch (shape) {
            case Section section -> section.fields().forEach(field -> {
                String path = prefix.isEmpty() ? field.name() : prefix + "." + field.name();
                if (field.former() != null) {
                    names.put((prefix.isEmpty() ? "" : prefix + ".") + field.former().name(), path);
                }
                names.putAll(formerNames(path, field.shape()));
            });
            case Shape.Table table -> names.putAll(formerNames(prefix + "." + table.placeholder(), table.values()));
            case Shape.ListOf list -> names.putAll(formerNames(prefix + "[]", list.items()));
            case Shape.Scalar scalar -> { }
        }
        return names;
    }
}
