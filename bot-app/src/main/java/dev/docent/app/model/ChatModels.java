package dev.docent.app.model;

import dev.docent.app.config.ModelConfig;
import dev.docent.core.error.UserInputException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the LangChain4j {@link ChatModel} that docent.yml's {@code model} section names. The key
 * comes from the environment only. Temperature 0: answers from the docs should not vary by luck.
 */
public final class ChatModels {

    private static final String OPENAI_URL = "https://api.openai.com/v1";

    private ChatModels() {
    }

    public static ChatModel build(ModelConfig config, Map<String, String> env) {
        Duration timeout = config.timeout();
        return switch (config.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(Optional.ofNullable(config.baseUrl()).orElse(OPENAI_URL))
                    .apiKey(openAiKey(config, env))
                    .modelName(config.name())
                    .temperature(0.0)
                    .maxTokens(config.maxTokens())
                    .timeout(timeout)
                    .maxRetries(config.maxRetries())
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(Optional.ofNullable(config.baseUrl()).orElse("http://localhost:11434"))
                    .modelName(config.name())
                    .temperature(0.0)
                    .numPredict(config.maxTokens())
                    .timeout(timeout)
                    .maxRetries(config.maxRetries())
                    .build();
            case ANTHROPIC -> {
                AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                        .apiKey(requiredKey(config, env, "ANTHROPIC_API_KEY"))
                        .modelName(config.name())
                        .temperature(0.0)
                        .maxTokens(config.maxTokens())
                        .timeout(timeout)
                        .maxRetries(config.maxRetries());
                if (config.baseUrl() != null) {
                    builder.baseUrl(config.baseUrl());
                }
                yield builder.build();
            }
        };
    }

    /** OpenAI itself needs a key; a self-hosted OpenAI-compatible server often does not. */
    private static String openAiKey(ModelConfig config, Map<String, String> env) {
        boolean official = config.baseUrl() == null || config.baseUrl().startsWith(OPENAI_URL);
        if (official || config.apiKeyEnv() != null) {
            return requiredKey(config, env, "OPENAI_API_KEY");
        }
        return Optional.ofNullable(env.get("OPENAI_API_KEY")).filter(k -> !k.isBlank()).orElse("not-needed");
    }

    private static String requiredKey(ModelConfig config, Map<String, String> env, String defaultVariable) {
        String variable = Optional.ofNullable(config.apiKeyEnv()).orElse(defaultVariable);
        String key = env.get(variable);
        if (key == null || key.isBlank()) {
            throw new UserInputException("The model in docent.yml needs an API key: set the environment variable "
                    + variable + (config.apiKeyEnv() == null ? " (or name another one in model.apiKeyEnv)" : "") + ".");
        }
        return key.strip();
    }
}
