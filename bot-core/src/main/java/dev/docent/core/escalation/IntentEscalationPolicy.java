package dev.docent.core.escalation;

import dev.docent.core.answer.Action;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import dev.docent.core.relevance.Verdict;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation policy driven by intents: each intent maps to an action with a minimum
 * confidence, a tenant (Slack workspace, Discord guild) may override any intent's rule, and a
 * question the docs cannot answer is always at least offered a person. The stronger of the two
 * actions wins, and the reason says in plain words why.
 *
 * <p>Feature requests and bug reports are not questions: unless the documentation surely settles
 * one (the relevance model's {@link Verdict#ANSWER}), it is not answered as if a page did - the
 * asker reads that the team has it, with the closest pages, and the team gets the case.
 */
public final class IntentEscalationPolicy implements EscalationPolicy {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    /** The intents that ask the team for a change rather than the docs for an answer. */
    public static final Set<String> REQUEST_INTENTS = Set.of(IntentPrediction.FEATURE_REQUEST, IntentPrediction.BUG_REPORT);

    private final Map<String, IntentRule> rules;
    private final Map<String, Map<String, IntentRule>> tenantRules;

    public IntentEscalationPolicy(Map<String, IntentRule> rules, Map<String, Map<String, IntentRule>> tenantRules) {
        this.rules = Map.copyOf(rules);
        Map<String, Map<String, IntentRule>> copy = new HashMap<>();
        tenantRules.forEach((tenant, overrides) -> copy.put(tenant, Map.copyOf(overrides)));
        this.tenantRules = Map.copyOf(copy);
    }

    /**
     * wants_human, complaint and outage go to a person; billing and account_access are answered with
     * the offer of one; feature requests and bug reports go to the team unless the docs settle them.
     */
    public static Map<String, IntentRule> defaultRules() {
        return Map.of(
                IntentPrediction.WANTS_HUMAN, new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.COMPLAINT, new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.OUTAGE, new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.BILLING, new IntentRule(Action.ANSWER_AND_OFFER_HUMAN, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.ACCOUNT_ACCESS, new IntentRule(Action.ANSWER_AND_OFFER_HUMAN, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.FEATURE_REQUEST, new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE),
                IntentPrediction.BUG_REPORT, new IntentRule(Action.ESCALATE, DEFAULT_MIN_CONFIDENCE));
    }

    public static IntentEscalationPolicy defaults() {
        return new IntentEscalationPolicy(defaultRules(), Map.of());
    }

    @Override
    public Decision decide(Place place, Optional<IntentPrediction> intent, Verdict verdict) {
        if (intent.isPresent() && REQUEST_INTENTS.contains(intent.get().intent())) {
            return decideRequest(place, intent.get(), verdict);
        }
        Decision byIntent = intent.map(prediction -> byIntent(place, prediction)).orElse(Decision.answer());
        if (verdict == Verdict.NOT_IN_DOCS) {
            Decision notFound = byIntent.action() == Action.ESCALATE ? byIntent
                    : Decision.offerHuman(byIntent.reason().map(r -> r + " " + NOT_FOUND_REASON).orElse(NOT_FOUND_REASON));
            return notFound.withReply(Reply.NOT_IN_DOCS);
        }
        if (verdict == Verdict.ANSWER_TENTATIVELY && byIntent.action() == Action.ANSWER) {
            return Decision.offerHuman(UNSURE_REASON);
        }
        return byIntent;
    }

    /**
     * A request the docs surely settle is answered, with a person on offer in case the asker meant it
     * as a request; any other goes to the team as the intent's rule says (by default at once).
     */
    private Decision decideRequest(Place place, IntentPrediction prediction, Verdict verdict) {
        Decision byIntent = byIntent(place, prediction);
        if (byIntent.action() == Action.ANSWER) {
            return verdict == Verdict.NOT_IN_DOCS ? Decision.offerHuman(NOT_FOUND_REASON).withReply(Reply.NOT_IN_DOCS)
                    : verdict == Verdict.ANSWER_TENTATIVELY ? Decision.offerHuman(UNSURE_REASON) : byIntent;
        }
        if (verdict == Verdict.ANSWER) {
            return Decision.offerHuman(String.format(Locale.ROOT,
                    "It reads as a %s (confidence %.2f), but the documentation seems to cover it.",
                    prediction.intent().replace('_', ' '), prediction.confidence()));
        }
        return new Decision(byIntent.action(), Reply.REQUEST_NOTED, byIntent.reason());
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
