package dev.docent.core.intent.hosted;

import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies with a hosted fine-tuned chat model (any LangChain4j {@link ChatModel}, e.g. an
 * OpenAI {@code ft:...} model). The reply must be exactly one known label; anything else - an
 * error, a timeout (the chat model's own), a label the model invented, a sentence around the
 * label - and the local model answers instead, so a question is never left unclassified because a
 * provider is down.
 *
 * <p>The confidence of a hosted label is the probability the model gave its whole reply: the exponent
 * of the sum of its tokens' log-probabilities ({@code feature_request} is two tokens, and the second
 * is rarely in doubt once the first is chosen), so an escalation rule's {@code minConfidence} applies
 * to a hosted model as to the local one. When the provider returns no log-probabilities, or ones that
 * do not spell the reply, the label is reported with {@link #UNSCORED_CONFIDENCE}.
 */
public final class HostedIntentClassifier implements IntentClassifier {

    /**
     * The confidence of a hosted label whose probability is unknown: below 1, so that it never reads as
     * certain, and above the default {@code minConfidence} (0.5), so that default rules still apply. A
     * rule with a {@code minConfidence} above 0.8 acts on a hosted label only when its provider measured it.
     */
    public static final double UNSCORED_CONFIDENCE = 0.8;

    private static final Logger log = LoggerFactory.getLogger(HostedIntentClassifier.class);

    private final ChatModel model;
    private final List<String> labels;
    private final String systemPrompt;
    private final IntentClassifier fallback;
    private final ReplyLogprobs logprobs;

    /** {@code logprobs} reads the reply's token log-probabilities from the provider's response, if any. */
    public HostedIntentClassifier(ChatModel model, List<String> labels, IntentClassifier fallback, ReplyLogprobs logprobs) {
        this.model = model;
        this.labels = List.copyOf(labels);
        this.systemPrompt = ChatFineTuneFormat.systemPrompt(this.labels);
        this.fallback = fallback;
        this.logprobs = logprobs;
    }

    @Override
    public Optional<IntentPrediction> classify(String text, float[] embedding) {
        String reply;
        List<ReplyLogprobs.TokenLogprob> tokens;
        try {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(systemPrompt), UserMessage.from(text))
                    .build());
            reply = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text().strip();
            tokens = logprobs.of(response);
        } catch (RuntimeException e) {
            // The message is the provider's, never the user's words.
            log.atWarn().addKeyValue("error", e.getClass().getSimpleName())
                    .log("Hosted intent model failed; the local model classifies instead: {}", e.getMessage());
            return fallback.classify(text, embedding);
        }
        if (!labels.contains(reply)) {
            log.atWarn().addKeyValue("replyChars", reply.length())
                    .log("Hosted intent model replied with no known label; the local model classifies instead");
            return fallback.classify(text, embedding);
        }
        return Optional.of(new IntentPrediction(reply, confidence(reply, tokens)));
    }

    /** The probability of the reply from its tokens' log-probabilities, or {@link #UNSCORED_CONFIDENCE}. */
    static double confidence(String reply, List<ReplyLogprobs.TokenLogprob> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return UNSCORED_CONFIDENCE;
        }
        StringBuilder spelled = new StringBuilder();
        double sum = 0;
        for (ReplyLogprobs.TokenLogprob token : tokens) {
            if (token.token() == null || !Double.isFinite(token.logprob())) {
                return UNSCORED_CONFIDENCE;
            }
            spelled.append(token.token());
            sum += token.logprob();
        }
        if (!spelled.toString().strip().equals(reply)) {
            return UNSCORED_CONFIDENCE;
        }
        return Math.min(1.0, Math.exp(sum));
    }
}
