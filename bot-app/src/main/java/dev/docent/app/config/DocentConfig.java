package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.tenant.TenantConfig;
import java.util.List;
import java.util.Map;
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
 */
public record DocentConfig(
        @JsonProperty("knowledgeBases") Map<String, KnowledgeBaseConfig> knowledgeBases,
        @JsonProperty("defaultKnowledgeBases") List<String> defaultKnowledgeBases,
        @JsonProperty("tenants") Map<String, TenantConfig> tenants,
        @JsonProperty("intents") IntentsConfig intents) {

    public DocentConfig {
        knowledgeBases = knowledgeBases == null ? Map.of() : new TreeMap<>(knowledgeBases);
        defaultKnowledgeBases = defaultKnowledgeBases == null ? List.of() : List.copyOf(defaultKnowledgeBases);
        tenants = tenants == null ? Map.of() : new TreeMap<>(tenants);
        intents = intents == null ? IntentsConfig.defaults() : intents;
    }

    public static DocentConfig empty() {
        return new DocentConfig(Map.of(), List.of(), Map.of(), IntentsConfig.defaults());
    }

    public DocentConfig withKnowledgeBases(Map<String, KnowledgeBaseConfig> declared) {
        return new DocentConfig(declared, defaultKnowledgeBases, tenants, intents);
    }

    public DocentConfig withDefaultKnowledgeBases(List<String> defaults) {
        return new DocentConfig(knowledgeBases, defaults, tenants, intents);
    }

    public DocentConfig withTenants(Map<String, TenantConfig> configured) {
        return new DocentConfig(knowledgeBases, defaultKnowledgeBases, configured, intents);
    }

    /** The knowledge bases declared internal: never cited in a public place. */
    public Set<String> internalKnowledgeBases() {
        Set<String> internal = new TreeSet<>();
        knowledgeBases.forEach((name, kb) -> {
            if (kb.visibility() == KnowledgeBaseConfig.Audience.INTERNAL) {
                internal.add(name);
            }
        });
        return internal;
    }
}
