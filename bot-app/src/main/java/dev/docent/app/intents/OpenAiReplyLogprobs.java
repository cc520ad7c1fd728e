package dev.docent.app.intents;

import dev.docent.core.intent.hosted.ReplyLogprobs;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.LogProb;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the token log-probabilities of an OpenAI chat completion ({@code choices[0].logprobs.content},
 * returned when the request says {@code "logprobs": true}) from LangChain4j's response metadata.
 */
final class OpenAiReplyLogprobs implements ReplyLogprobs {

    @Override
    public List<TokenLogprob> of(ChatResponse response) {
        if (!(response.metadata() instanceof OpenAiChatResponseMetadata metadata) || metadata.logProbs() == null) {
            return List.of();
        }
        List<TokenLogprob> tokens = new ArrayList<>();
        for (LogProb token : metadata.logProbs()) {
            if (token.token() == null || token.logprob() == null) {
                return List.of();
            }
            tokens.add(new TokenLogprob(token.token(), token.logprob()));
        }
        return tokens;
    }
}
