package dev.docent.app.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.docent.app.config.HostedIntentsConfig;
import dev.docent.app.config.IntentsConfig;
import dev.docent.core.answer.Action;
import dev.docent.core.escalation.IntentEscalationPolicy;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.intent.hosted.ChatFineTuneFormat;
import dev.docent.core.intent.hosted.HostedIntentClassifier;
import dev.docent.core.question.Place;
import dev.docent.core.relevance.Verdict;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hosted fine-tuned classifier, wired as docent.yml wires it: the real LangChain4j OpenAI
 * client against a local stub of the chat completions API.
 */
class HostedIntentClassifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final float[] NO_EMBEDDING_NEEDED = new float[384];

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Reply reply;
    private final CountDownLatch release = new CountDownLatch(1);

    private interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(JSON.readTree(exchange.getRequestBody()));
            reply.send(exchange);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopStub() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void theFineTunedModelsLabelIsUsedAndItWasAskedAsItWasTrained() {
        reply = answering("billing", tokens("billing", -0.05));

        Optional<IntentPrediction> prediction = classifier(2_000).classify("can I get an invoice with our VAT id", NO_EMBEDDING_NEEDED);

        assertThat(prediction).map(IntentPrediction::intent).contains("billing");
        JsonNode request = requests.getFirst();
        assertThat(request.get("model").asText()).isEqualTo("ft:gpt-4o-mini:docent::test");
        assertThat(request.get("messages").get(0).get("content").asText())
                .isEqualTo(ChatFineTuneFormat.systemPrompt(IntentWiring.bundledModel().labels()));
        assertThat(request.get("messages").get(1).get("content").asText()).isEqualTo("can I get an invoice with our VAT id");
        assertThat(request.get("logprobs").asBoolean()).as("asks for the reply's log-probabilities").isTrue();
    }

    @Test
    void aHostedLabelIsAsSureAsTheProviderSaysItWas() {
        // "feature_request" is two tokens: the reply's probability is the product of theirs.
        reply = answering("feature_request", tokens("feature", -0.2, "_request", -0.01));

        IntentPrediction prediction = classifier(2_000).classify("please add a --json flag", NO_EMBEDDING_NEEDED).orElseThrow();

        assertThat(prediction.intent()).isEqualTo("feature_request");
        assertThat(prediction.confidence()).isCloseTo(Math.exp(-0.21), within(1e-9));
    }

    @Test
    void anUnsureHostedLabelDoesNotTriggerItsRule() {
        // outage escalates by default, from confidence 0.5 on; the hosted model was 30% sure.
        reply = answering("outage", tokens("outage", Math.log(0.3)));
        IntentWiring wiring = wiring(2_000, true);

        Optional<IntentPrediction> prediction = wiring.classifier().classify("deploys are slow today", NO_EMBEDDING_NEEDED);

        assertThat(prediction.orElseThrow().confidence()).isCloseTo(0.3, within(1e-9));
        assertThat(wiring.policy().decide(Place.console(), prediction, Verdict.ANSWER).action()).isEqualTo(Action.ANSWER);
    }

    @Test
    void withoutLogprobsAHostedLabelHasTheDocumentedFixedConfidence() {
        reply = answering("billing");

        Optional<IntentPrediction> prediction = classifier(2_000).classify("can I get an invoice with our VAT id", NO_EMBEDDING_NEEDED);

        assertThat(prediction).contains(new IntentPrediction("billing", HostedIntentClassifier.UNSCORED_CONFIDENCE));
        assertThat(HostedIntentClassifier.UNSCORED_CONFIDENCE).isLessThan(1.0)
                .isGreaterThanOrEqualTo(IntentEscalationPolicy.DEFAULT_MIN_CONFIDENCE);
    }

    @Test
    void logprobsCanBeTurnedOffForProvidersThatRefuseThem() {
        reply = answering("billing");

        Optional<IntentPrediction> prediction = wiring(2_000, false).classifier().classify("x", NO_EMBEDDING_NEEDED);

        assertThat(prediction).contains(new IntentPrediction("billing", HostedIntentClassifier.UNSCORED_CONFIDENCE));
        assertThat(requests.getFirst().has("logprobs")).isFalse();
    }

    @Test
    void anUnknownLabelFallsBackToTheLocalModel() {
        reply = answering("Billing, I think.");

        assertThat(classifier(2_000).classify("x", NO_EMBEDDING_NEEDED)).contains(LOCAL);
    }

    @Test
    void aProviderErrorFallsBackToTheLocalModel() {
        reply = exchange -> {
            byte[] body = "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
        };

        assertThat(classifier(2_000).classify("x", NO_EMBEDDING_NEEDED)).contains(LOCAL);
    }

    @Test
    void aTimeoutFallsBackToTheLocalModel() {
        reply = exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        assertThat(classifier(300).classify("x", NO_EMBEDDING_NEEDED)).contains(LOCAL);
    }

    private static final IntentPrediction LOCAL = new IntentPrediction("local-fallback", 0.42);

    private IntentClassifier classifier(int timeoutMs) {
        return wiring(timeoutMs, null).classifier();
    }

    private IntentWiring wiring(int timeoutMs, Boolean logprobs) {
        HostedIntentsConfig hosted = new HostedIntentsConfig("ft:gpt-4o-mini:docent::test",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "TEST_KEY", Duration.ofMillis(timeoutMs), logprobs);
        IntentsConfig config = new IntentsConfig(true, null, Map.of(), Map.of(), hosted);
        return IntentWiring.from(config, name -> name.equals("TEST_KEY") ? Optional.of("sk-test") : Optional.empty(),
                ignored -> (text, embedding) -> Optional.of(LOCAL));
    }

    private static Reply answering(String content) {
        return answering(content, null);
    }

    private static Map<String, Double> tokens(Object... tokenThenLogprob) {
        Map<String, Double> tokens = new LinkedHashMap<>();
        for (int i = 0; i < tokenThenLogprob.length; i += 2) {
            tokens.put((String) tokenThenLogprob[i], (Double) tokenThenLogprob[i + 1]);
        }
        return tokens;
    }

    /** A chat completion; with {@code tokens} (token -> logprob, in order), the choice carries logprobs as OpenAI sends them. */
    private static Reply answering(String content, Map<String, Double> tokens) {
        return exchange -> {
            Map<String, Object> choice = new LinkedHashMap<>(Map.of("index", 0, "finish_reason", "stop",
                    "message", Map.of("role", "assistant", "content", content)));
            if (tokens != null) {
                List<Map<String, Object>> logprobs = new ArrayList<>();
                tokens.forEach((token, logprob) -> logprobs.add(Map.of("token", token, "logprob", logprob,
                        "bytes", token.chars().boxed().toList(), "top_logprobs", List.of())));
                choice.put("logprobs", Map.of("content", logprobs));
            }
            String body = JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "ft:gpt-4o-mini:docent::test",
                    "choices", List.of(choice),
                    "usage", Map.of("prompt_tokens", 10, "completion_tokens", 1, "total_tokens", 11)));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }
}
