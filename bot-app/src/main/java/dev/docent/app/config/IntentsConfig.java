package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code intents} section of docent.yml: which intent model classifies questions, and what
 * the escalation policy does with each intent. Every key is optional.
 *
 * <pre>
 * intents:
 *   enabled: true                      # false: no classifier; only "not in the docs" offers a person
 *   modelFile: models/my-intents.json  # default: the bundled support-intents model
 *   policy:                            # merged over the defaults, intent by intent
 *     outage: {action: escalate, minConfidence: 0.6}
 *   hosted:                            # a hosted fine-tuned model; the local one is its fallback
 *     name: ft:gpt-4o-mini-2024-07-18:acme::abc123
 * tenants:
 *   T024BE7LD:                         # a Slack team id or Discord guild id
 *     intents:
 *       billing: {action: escalate}
 * </pre>
 *
 * @param model     an intent model file: key {@code modelFile} (formerly {@code model})
 * @param tenants   each tenant's rules, by tenant id: read from {@code tenants.<id>.intents}
 *                  (formerly {@code intents.tenants.<id>})
 */
public record IntentsConfig(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("modelFile") String model,
        @JsonProperty("policy") Map<String, IntentRuleConfig> policy,
        @JsonProperty("tenants") Map<String, Map<String, IntentRuleConfig>> tenants,
        @JsonProperty("hosted") HostedIntentsConfig hosted) {

    public IntentsConfig {
        enabled = enabled == null || enabled;
        policy = policy == null ? Map.of() : new TreeMap<>(policy);
        tenants = tenants == null ? Map.of() : new TreeMap<>(tenants);
    }

    public static IntentsConfig defaults() {
        return new IntentsConfig(true, null, Map.of(), Map.of(), null);
    }

    public Optional<String> modelFile() {
        return Optional.ofNullable(model).filter(m -> !m.isBlank());
    }

    public Optional<HostedIntentsConfig> hostedModel() {
        return Optional.ofNullable(hosted);
    }
}
