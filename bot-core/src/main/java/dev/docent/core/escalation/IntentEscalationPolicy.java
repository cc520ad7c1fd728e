package dev.docent.core.escalation;

import dev.docent.core.answer.Action;
import dev.docent.core.answer.Decision;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation policy driven by intents: each intent maps to an action with a minimum
 * confidence, a tenant (Slack workspace, Discord guild) may override any intent's rule, and a
 * question the docs cannot answer is always at least offered a person. The stronger of the two
 * actions wins, and the reason says in plain words why.
 */
public final class IntentEscalationPolicy implements EscalationPolicy {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    private final Map<String, IntentRule> rules;
    private final Map<String, Map<String, IntentRule>> tenantRules;

    public IntentEscalationPolicy(Map<String, IntentRule> rules, Map<String, Map<String, IntentRule>> tenantRules) {
        this.rules = Map.copyOf(rules);
        Map<String, Map<String, IntentRule>> copy = new HashMap<>();
        tenantRules.forEach((tenant, overrides) -> copy.put(tenant, Map.copyOf(overrides)));
        this.tenantRules = Map.copyOf(copy);
    }

    /** wants_human, complaint and outage go to a person; billing and account_access are answered with the offer of one. */
    public static Map<String, IntentRule> defaultRules() {
        return Map.of(
                "wants_human", new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                "complaint", new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                "outage", new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                "billing", new IntentRule(Action.ANSWER_AND_OFFER_HUMAN, DEFAULT_MIN_CONFIDENCE),
                "account_access", new IntentRule(Action.ANSWER_AND_OFFER_HUMAN, DEFAULT_MIN_CONFIDENCE));
    }

    public static IntentEscalationPolicy defaults() {
        return new IntentEscalationPolicy(defaultRules(), Map.of());
    }

    @Override
    public Decision decide(Place place, Optional<IntentPrediction> intent, boolean grounded) {
        Decision byIntent = intent.map(prediction -> byIntent(place, prediction)).orElse(Decision.answer());
        if (grounded || byIntent.action() == Action.ESCALATE) {
            return byIntent;
        }
        if (byIntent.action() == Action.ANSWER_AND_OFFER_HUMAN) {
            return Decision.offerHuman(byIntent.reason().orElseThrow() + " " + NOT_FOUND_REASON);
        }
        return Decision.offerHuman(NOT_FOUND_REASON);
    }

    private Decision byIntent(Place place, IntentPrediction prediction) {
        IntentRule rule = tenantRules.getOrDefault(place.tenant(), Map.of()).getOrDefault(prediction.intent(),
                rules.get(prediction.intent()));
        if (rule == null || rule.action() == Action.ANSWER || prediction.confidence() < rule.minConfidence()) {
            return Decision.answer();
        }
        String reason = String.format(Locale.ROOT, "The question reads as %s (confidence %.2f), which %s.",
                prediction.intent().replace('_', ' '), prediction.confidence(),
                rule.action() == Action.ESCALATE ? "goes to a person" : "is answered with the offer of a person");
        return rule.action() == Action.ESCALATE ? Decision.escalate(reason) : Decision.offerHuman(reason);
    }
}
