package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Objects;

/**
 * A hosted fine-tuned chat model as the intent classifier (OpenAI-compatible API, through
 * LangChain4j). The key is read from the environment variable {@code apiKeyEnv}, never from this file.
 *
 * @param name      the fine-tuned model, e.g. {@code ft:gpt-4o-mini-2024-07-18:acme::abc123} (formerly {@code model})
 * @param baseUrl   the API's base URL (default https://api.openai.com/v1)
 * @param apiKeyEnv the environment variable holding the key (default OPENAI_API_KEY)
 * @param timeout   how long to wait before the local model answers instead (default 2s; formerly {@code timeoutMs})
 * @param logprobs  whether to ask for the reply's token log-probabilities, which give the hosted
 *                  label its confidence (default true; false for a provider that refuses the parameter)
 */
public record HostedIntentsConfig(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("baseUrl") String baseUrl,
        @JsonProperty("apiKeyEnv") String apiKeyEnv,
        @JsonProperty("timeout") Duration timeout,
        @JsonProperty("logprobs") Boolean logprobs) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public HostedIntentsConfig {
        Objects.requireNonNull(name, "name is required, e.g. ft:gpt-4o-mini-2024-07-18:acme::abc123");
        baseUrl = baseUrl == null ? "https://api.openai.com/v1" : baseUrl;
        apiKeyEnv = apiKeyEnv == null ? "OPENAI_API_KEY" : apiKeyEnv;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        logprobs = logprobs == null || logprobs;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
