package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The {@code model} section of docent.yml: the language model that writes answers. Without it,
 * answers are extractive. The API key is never written here: {@code apiKeyEnv} names the
 * environment variable that holds it.
 *
 * @param provider   {@code openai} (any OpenAI-compatible endpoint), {@code ollama} or {@code anthropic}
 * @param baseUrl    the endpoint; default: the provider's public API (Ollama: http://localhost:11434)
 * @param name       the model, e.g. {@code gpt-4o-mini}, {@code llama3.1}, {@code claude-3-5-haiku-latest}
 * @param apiKeyEnv  the environment variable with the key; default OPENAI_API_KEY / ANTHROPIC_API_KEY
 * @param timeout    how long one call may take before the extractive answer is used instead
 *                   (formerly {@code timeoutSeconds})
 * @param maxRetries retries of a failed call (429, 5xx) before giving up
 * @param maxTokens  the longest answer the model may write
 */
public record ModelConfig(
        @JsonProperty("provider") Provider provider,
        @JsonProperty("baseUrl") String baseUrl,
        @JsonProperty("name") String name,
        @JsonProperty("apiKeyEnv") String apiKeyEnv,
        @JsonProperty("timeout") Duration timeout,
        @JsonProperty("maxRetries") Integer maxRetries,
        @JsonProperty("maxTokens") Integer maxTokens) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public ModelConfig {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        maxRetries = maxRetries == null ? 1 : maxRetries;
        maxTokens = maxTokens == null ? 700 : maxTokens;
    }

    /** The model APIs Docent can talk to. */
    public enum Provider {
        @JsonProperty("openai") OPENAI,
        @JsonProperty("ollama") OLLAMA,
        @JsonProperty("anthropic") ANTHROPIC
    }
}
