package dev.docent.core.intent.hosted;

import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;

/**
 * The log-probabilities a provider returned for the tokens of a chat reply, in order; empty when it
 * returned none. Providers put them in their own response metadata (OpenAI's
 * {@code OpenAiChatResponseMetadata.logProbs()}), so the composition root supplies the reader.
 */
@FunctionalInterface
public interface ReplyLogprobs {

    /** For providers that give no log-probabilities. */
    ReplyLogprobs NONE = response -> List.of();

    List<TokenLogprob> of(ChatResponse response);

    /** One token of the reply and the natural logarithm of its probability. */
    record TokenLogprob(String token, double logprob) {
    }
}
