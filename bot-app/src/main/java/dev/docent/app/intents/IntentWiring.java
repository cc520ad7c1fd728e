package dev.docent.app.intents;

import dev.docent.app.config.HostedIntentsConfig;
import dev.docent.app.config.IntentRuleConfig;
import dev.docent.app.config.IntentsConfig;
import dev.docent.app.config.InvalidConfigException;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.escalation.IntentEscalationPolicy;
import dev.docent.core.escalation.IntentRule;
import dev.docent.core.intent.CapabilityQuestions;
import dev.docent.core.intent.Encoder;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.intent.IssueWording;
import dev.docent.core.intent.LocalIntentClassifier;
import dev.docent.core.intent.MeaningQuestions;
import dev.docent.core.intent.hosted.HostedIntentClassifier;
import dev.docent.core.intent.hosted.ReplyLogprobs;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The intent classifier and escalation policy docent.yml asks for: the bundled support-intents
 * model unless another is named, a hosted fine-tuned model in front of it when configured, and
 * the default rules merged with the configured ones. A rule for an intent the model does not know
 * is a configuration error: it would silently never fire.
 */
public record IntentWiring(IntentClassifier classifier, EscalationPolicy policy) {

    /** The model trained on datasets/support-intents by the command in the README. */
    public static final String BUNDLED_MODEL = "/intents/support-intents.json";

    public static IntentWiring from(IntentsConfig config, Function<String, Optional<String>> environment) {
        return from(config, environment, UnaryOperator.identity());
    }

    /** {@code local} may stand in for the local classifier, so that tests can tell a fallback apart. */
    static IntentWiring from(IntentsConfig config, Function<String, Optional<String>> environment,
                             UnaryOperator<IntentClassifier> local) {
        if (!config.enabled()) {
            return new IntentWiring(IntentClassifier.NONE, EscalationPolicy.offerHumanWhenNotFound());
        }
        IntentModel model = config.modelFile()
                .map(file -> IntentModelFile.read(Path.of(file), Encoder.BGE_SMALL_EN_V15_Q))
                .orElseGet(IntentWiring::bundledModel);
        Set<String> known = new LinkedHashSet<>(model.labels());
        known.add(IntentModel.OUT_OF_SCOPE);
        Map<String, IntentRule> rules = new HashMap<>();
        IntentEscalationPolicy.defaultRules().forEach((intent, rule) -> {
            if (known.contains(intent)) {
                rules.put(intent, rule);
            }
        });
        config.policy().forEach((intent, rule) -> rules.put(require(known, "intents.policy", intent), rule.rule()));
        Map<String, Map<String, IntentRule>> tenants = new HashMap<>();
        config.tenants().forEach((tenant, overrides) -> {
            Map<String, IntentRule> converted = new HashMap<>();
            overrides.forEach((intent, rule) -> converted.put(require(known, "tenants." + tenant + ".intents", intent), rule.rule()));
            tenants.put(tenant, converted);
        });
        IntentClassifier fallback = local.apply(new LocalIntentClassifier(model));
        IntentClassifier classifier = config.hostedModel()
                .<IntentClassifier>map(hosted -> hosted(hosted, model.labels(), fallback, environment))
                .orElse(fallback);
        if (known.containsAll(IssueWording.INTENTS)) {
            classifier = new IssueWording(classifier);
        }
        if (known.contains(IntentPrediction.HOW_TO)) {
            classifier = new MeaningQuestions(new CapabilityQuestions(classifier));
        }
        return new IntentWiring(classifier, new IntentEscalationPolicy(rules, tenants));
    }

    public static IntentModel bundledModel() {
        try (InputStream in = IntentWiring.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The bundled intent model " + BUNDLED_MODEL + " is missing from the build");
            }
            return IntentModelFile.read(in, "the bundled intent model", Encoder.BGE_SMALL_EN_V15_Q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IntentClassifier hosted(HostedIntentsConfig hosted, List<String> labels, IntentClassifier local,
                                           Function<String, Optional<String>> environment) {
        String key = environment.apply(hosted.apiKeyEnv()).orElseThrow(() -> new InvalidConfigException(
                "intents.hosted: set the environment variable " + hosted.apiKeyEnv() + " to the API key of " + hosted.baseUrl()));
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .baseUrl(hosted.baseUrl())
                .apiKey(key)
                .modelName(hosted.name())
                .temperature(0.0)
                .maxTokens(16)
                .timeout(hosted.timeout())
                .maxRetries(0)
                .logprobs(hosted.logprobs() ? true : null)
                .build();
        return new HostedIntentClassifier(chat, labels, local,
                hosted.logprobs() ? new OpenAiReplyLogprobs() : ReplyLogprobs.NONE);
    }

    private static String require(Set<String> known, String where, String intent) {
        if (!known.contains(intent)) {
            throw new InvalidConfigException(where + "." + intent + ": the intent model has no intent '"
                    + intent + "' (known: " + String.join(", ", known) + ")");
        }
        return intent;
    }
}
