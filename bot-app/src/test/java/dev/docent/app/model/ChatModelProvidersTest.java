package dev.docent.app.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.config.ModelConfig;
import dev.docent.app.config.ModelConfig.Provider;
import dev.docent.app.model.StubModelServer.Reply;
import dev.docent.core.generation.Draft;
import dev.docent.core.generation.ModelAnswerGenerator;
import dev.docent.core.generation.ModelUsage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every provider docent.yml can name is built from its configuration and answers through its real
 * LangChain4j client (OpenAI and Ollama 1.18.1, Anthropic 1.18.0, on core 1.18.1) against a stub
 * of its API: proof that the mix of module versions works together.
 */
class ChatModelProvidersTest {

    @Test
    void openAiCompatibleEndpoint() throws Exception {
        assertAnswers(Provider.OPENAI, "/v1", "/v1/chat/completions", ProviderReplies.openAi("Up to 8 times. [1]", 30, 5),
                Map.of("OPENAI_API_KEY", "sk-test"));
    }

    @Test
    void ollama() throws Exception {
        assertAnswers(Provider.OLLAMA, "", "/api/chat", ProviderReplies.ollama("Up to 8 times. [1]", 30, 5), Map.of());
    }

    @Test
    void anthropic() throws Exception {
        assertAnswers(Provider.ANTHROPIC, "/v1/", "/v1/messages", ProviderReplies.anthropic("Up to 8 times. [1]", 30, 5),
                Map.of("ANTHROPIC_API_KEY", "sk-ant-test"));
    }

    @Test
    void missingKeyNamesTheVariableToSet() {
        ModelConfig config = new ModelConfig(Provider.ANTHROPIC, null, "claude-3-5-haiku-latest", null, null, null, null);

        assertThatThrownBy(() -> ChatModels.build(config, Map.of()))
                .hasMessage("The model in docent.yml needs an API key: set the environment variable ANTHROPIC_API_KEY "
                        + "(or name another one in model.apiKeyEnv).");
    }

    private static void assertAnswers(Provider provider, String basePath, String endpoint, String reply, Map<String, String> env)
            throws Exception {
        try (StubModelServer stub = new StubModelServer()) {
            stub.replies(Reply.ok(reply));
            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            ModelConfig config = new ModelConfig(provider, stub.url(basePath), "stub-model", null, Duration.ofSeconds(5), 0, 200);
            ModelAnswerGenerator generator = new ModelAnswerGenerator(ChatModels.build(config, env),
                    ModelAnswerGenerator.Limits.defaults(), new ModelUsage(metrics, "stub-model", Optional.empty()));

            Draft draft = generator.draft("How many retries?", List.of(ModelAnswersTest.passage("webhooks", "Webhook retries",
                    "Formwell retries a failed webhook delivery up to 8 times over 24 hours.")));

            assertThat(draft.text()).isEqualTo("Up to 8 times. [1]");
            assertThat(stub.requests()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo(endpoint);
                assertThat(r.body()).contains("Webhook retries").contains("How many retries?");
            });
            assertThat(metrics.summary("docent.model.tokens", "model", "stub-model", "direction", "input").totalAmount()).isEqualTo(30);
        }
    }
}
