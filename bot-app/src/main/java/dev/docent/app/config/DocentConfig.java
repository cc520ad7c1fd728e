package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.tenant.TenantConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contents of {@code docent.yml}: the knowledge bases and how they are used. Secrets never
 * live here - they come from the environment. Every part is optional: without a file, Docent
 * searches every knowledge base Elasticsearch has.
 *
 * @param knowledgeBases        the declared knowledge bases, by name
 * @param defaultKnowledgeBases what the console (and any place without its own setting) searches;
 *                              empty means all of them
 * @param tenants               Slack workspaces (team ids) and Discord guilds (guild ids): their
 *                              knowledge bases, channels, admins and escalation targets
 * @param intents               the intent classifier and escalation policy
 * @param model                 the language model that writes answers; absent: extractive answers
 * @param prices                model name to price, for the cost estimate
 * @param cache                 the answer cache
 * @param paging                how often an escalation channel's group may be pinged
 * @param relevanceModel        a relevance model file retrained on your own labelled questions
 *                              (README, "Answer quality"; key relevanceModelFile); absent: the one Docent ships
 * @param retention             how long answered questions (and the votes and cases about them) are kept;
 *                              absent: kept until deleted by hand
 */
public record DocentConfig(
        @JsonProperty("knowledgeBases") Map<String, KnowledgeBaseConfig> knowledgeBases,
        @JsonProperty("defaultKnowledgeBases") List<String> defaultKnowledgeBases,
        @JsonProperty("tenants") Map<String, TenantConfig> tenants,
        @JsonProperty("intents") IntentsConfig intents,
        @JsonProperty("model") ModelConfig model,
        @JsonProperty("prices") Map<String, PriceConfig> prices,
        @JsonProperty("cache") CacheConfig cache,
        @JsonProperty("paging") PagingConfig paging,
        @JsonProperty("relevanceModelFile") String relevanceModel,
        @JsonProperty("retention") Duration retention) {

    public DocentConfig {
        knowledgeBases = knowledgeBases == null ? Map.of() : new TreeMap<>(knowledgeBases);
        defaultKnowledgeBases = defaultKnowledgeBases == null ? List.of() : List.copyOf(defaultKnowledgeBases);
        tenants = tenants == null ? Map.of() : new TreeMap<>(tenants);
        intents = intents == null ? IntentsConfig.defaults() : intents;
        prices = prices == null ? Map.of() : new TreeMap<>(prices);
        cache = cache == null ? CacheConfig.defaults() : cache;
        paging = paging == null ? PagingConfig.defaults() : paging;
    }

    public static DocentConfig empty() {
        return new DocentConfig(Map.of(), List.of(), Map.of(), IntentsConfig.defaults(), null, Map.of(), CacheConfig.defaults(), PagingConfig.defaults(), null, null);
    }

    public DocentConfig withKnowledgeBases(Map<String, KnowledgeBaseConfig> declared) {
        return new DocentConfig(declared, defaultKnowledgeBases, tenants, intents, model, prices, cache, paging, relevanceModel, retention);
    }

    public DocentConfig withDefaultKnowledgeBases(List<String> defaults) {
        return new DocentConfig(knowledgeBases, defaults, tenants, intents, model, prices, cache, paging, relevanceModel, retention);
    }

    public DocentConfig withTenants(Map<String, TenantConfig> configured) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, configured, intents, model, prices, cache, paging, relevanceModel, retention);
    }

    public DocentConfig withModel(ModelConfig answerModel, Map<String, PriceConfig> modelPrices) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, tenants, intents, answerModel, modelPrices, cache, paging, relevanceModel, retention);
    }

    public DocentConfig withCache(CacheConfig answerCache) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, tenants, intents, model, prices, answerCache, paging, relevanceModel, retention);
    }

    public DocentConfig withPaging(PagingConfig limits) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, tenants, intents, model, prices, cache, limits, relevanceModel, retention);
    }

    public DocentConfig withRelevanceModel(String file) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, tenants, intents, model, prices, cache, paging, file, retention);
    }

    /** How long answered questions are kept, if docent.yml limits it. */
    public Optional<Duration> questionRetention() {
        return Optional.ofNullable(retention);
    }

    public Optional<String> relevanceModelFile() {
        return Optional.ofNullable(relevanceModel).filter(f -> !f.isBlank());
    }

    public Optional<ModelConfig> answerModel() {
        return Optional.ofNullable(model);
    }

    /** The knowledge bases declared internal: never cited in a public place. */
    public Set<String> internalKnowledgeBases() {
        Set<String> internal = new TreeSet<>();
        knowledgeBases.forEach((name, kb) -> {
            if (kb.audience() == KnowledgeBaseConfig.Audience.INTERNAL) {
                internal.add(name);
            }
        });
        return internal;
    }
}
