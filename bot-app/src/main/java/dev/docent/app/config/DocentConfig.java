package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The contents of {@code docent.yml}: the knowledge bases and how they are used. Secrets never
 * live here - they come from the environment. Every part is optional: without a file, Docent
 * searches every knowledge base Elasticsearch has.
 *
 * @param knowledgeBases        the declared knowledge bases, by name
 * @param defaultKnowledgeBases what the console (and any place without its own setting) searches;
 *                              empty means all of them
 * @param model                 the language model that writes answers; absent: extractive answers
 * @param prices                model name to price, for the cost estimate
 * @param cache                 the answer cache
 */
public record DocentConfig(
        @JsonProperty("knowledgeBases") Map<String, KnowledgeBaseConfig> knowledgeBases,
        @JsonProperty("defaultKnowledgeBases") List<String> defaultKnowledgeBases,
        @JsonProperty("model") ModelConfig model,
        @JsonProperty("prices") Map<String, PriceConfig> prices,
        @JsonProperty("cache") CacheConfig cache) {

    public DocentConfig {
        knowledgeBases = knowledgeBases == null ? Map.of() : new TreeMap<>(knowledgeBases);
        defaultKnowledgeBases = defaultKnowledgeBases == null ? List.of() : List.copyOf(defaultKnowledgeBases);
        prices = prices == null ? Map.of() : new TreeMap<>(prices);
        cache = cache == null ? CacheConfig.defaults() : cache;
    }

    public static DocentConfig empty() {
        return new DocentConfig(Map.of(), List.of(), null, Map.of(), CacheConfig.defaults());
    }

    public Optional<ModelConfig> answerModel() {
        return Optional.ofNullable(model);
    }
}
