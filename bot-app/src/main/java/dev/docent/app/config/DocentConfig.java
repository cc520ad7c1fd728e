package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of {@code docent.yml}: the knowledge bases and how they are used. Secrets never
 * live here - they come from the environment. Every part is optional: without a file, Docent
 * searches every knowledge base Elasticsearch has.
 *
 * @param knowledgeBases        the declared knowledge bases, by name
 * @param defaultKnowledgeBases what the console (and any place without its own setting) searches;
 *                              empty means all of them
 * @param intents               the intent classifier and escalation policy
 */
public record DocentConfig(
        @JsonProperty("knowledgeBases") Map<String, KnowledgeBaseConfig> knowledgeBases,
        @JsonProperty("defaultKnowledgeBases") List<String> defaultKnowledgeBases,
        @JsonProperty("intents") IntentsConfig intents) {

    public DocentConfig {
        knowledgeBases = knowledgeBases == null ? Map.of() : new TreeMap<>(knowledgeBases);
        defaultKnowledgeBases = defaultKnowledgeBases == null ? List.of() : List.copyOf(defaultKnowledgeBases);
        intents = intents == null ? IntentsConfig.defaults() : intents;
    }

    public static DocentConfig empty() {
        return new DocentConfig(Map.of(), List.of(), IntentsConfig.defaults());
    }
}
