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
 * provider is down. A hosted reply carries no probability: its confidence is reported as 1.
 */
public final class HostedIntentClassifier implements IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(HostedIntentClassifier.class);

    private final ChatModel model;
    private final List<String> labels;
    private final String systemPrompt;
    private final IntentClassifier fallback;

    public HostedIntentClassifier(ChatModel model, List<String> labels, IntentClassifier fallback) {
        this.model = model;
        this.labels = List.copyOf(labels);
        this.systemPrompt = ChatFineTuneFormat.systemPrompt(this.labels);
        this.fallback = fallback;
    }

    @Override
    public Optional<IntentPrediction> classify(String text, float[] embedding) {
        String reply;
        try {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(systemPrompt), UserMessage.from(text))
                    .build());
            reply = response.aiMessage() == null || response.aiMessage().text() == null ? "" : response.aiMessage().text().strip();
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
        return Optional.of(new IntentPrediction(reply, 1.0));
    }
}
