package dev.docent.app.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reply bodies in the shape each provider's API sends them. */
final class ProviderReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderReplies() {
    }

    static String openAi(String content, int promptTokens, int completionTokens) {
        ObjectNode reply = JSON.createObjectNode()
                .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000).put("model", "stub-model");
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        reply.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return reply.toString();
    }

    static String ollama(String content, int promptTokens, int completionTokens) {
        ObjectNode reply = JSON.createObjectNode()
                .put("model", "stub-model").put("created_at", "2026-11-24T10:00:00Z").put("done", true).put("done_reason", "stop")
                .put("prompt_eval_count", promptTokens).put("eval_count", completionTokens);
        reply.putObject("message").put("role", "assistant").put("content", content);
        return reply.toString();
    }

    static String anthropic(String content, int inputTokens, int outputTokens) {
        ObjectNode reply = JSON.createObjectNode()
                .put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "stub-model")
                .put("stop_reason", "end_turn");
        reply.putArray("content").addObject().put("type", "text").put("text", content);
        reply.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return reply.toString();
    }
}
