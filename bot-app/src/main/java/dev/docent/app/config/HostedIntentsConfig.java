package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Objects;

/**
 * A hosted fine-tuned chat model as the intent classifier (OpenAI-compatible API, through
 * LangChain4j). The key is read from the environment variable {@code apiKeyEnv}, never from this file.
 *
 * @param model     the fine-tuned model, e.g. {@code ft:gpt-4o-mini-2024-07-18:acme::abc123}
 * @param baseUrl   the API's base URL (default https://api.openai.com/v1)
 * @param apiKeyEnv the environment variable holding the key (default OPENAI_API_KEY)
 * @param timeoutMs how long to wait before the local model answers instead (default 2000)
 * @param logprobs  whether to ask for the reply's token log-probabilities, which give the hosted
 *                  label its confidence (default true; false for a provider that refuses the parameter)
 */
public record HostedIntentsConfig(
        @JsonProperty(value = "model", required = true) String model,
        @JsonProperty("baseUrl") String baseUrl,
        @JsonProperty("apiKeyEnv") String apiKeyEnv,
        @JsonProperty("timeoutMs") Integer timeoutMs,
        @JsonProperty("logprobs") Boolean logprobs) {

    public HostedIntentsConfig {
        Objects.requireNonNull(model, "model is required, e.g. ft:gpt-4o-mini-2024-07-18:acme::abc123");
        baseUrl = baseUrl == null ? "https://api.openai.com/v1" : baseUrl;
        apiKeyEnv = apiKeyEnv == null ? "OPENAI_API_KEY" : apiKeyEnv;
        timeoutMs = timeoutMs == null ? 2_000 : timeoutMs;
        logprobs = logprobs == null || logprobs;
        if (timeoutMs <= 0) {
            throw new IllegalArgumentException("timeoutMs must be positive, was " + timeoutMs);
        }
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMs);
    }
}
