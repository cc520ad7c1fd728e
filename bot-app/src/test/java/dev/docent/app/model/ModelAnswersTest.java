package dev.docent.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.config.ModelConfig;
import dev.docent.app.config.ModelConfig.Provider;
import dev.docent.app.model.StubModelServer.Reply;
import dev.docent.core.answer.Citation;
import dev.docent.core.followup.ModelFollowUpRewriter;
import dev.docent.core.followup.RuleFollowUpRewriter;
import dev.docent.core.generation.CitationVerifier;
import dev.docent.core.generation.ExtractiveAnswerGenerator;
import dev.docent.core.generation.FallbackAnswerGenerator;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.generation.ModelAnswerGenerator;
import dev.docent.core.generation.ModelUsage;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.question.ThreadMessage;
import dev.docent.core.retrieval.RankedPassage;
import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Model-written answers through the real LangChain4j OpenAI client against a local stub of the
 * OpenAI chat API: whatever the model replies - or fails to - the asker gets a verified answer.
 */
class ModelAnswersTest {

    private static final String QUESTION = "How many times is a failed webhook retried?";
    private static final RankedPassage RETRIES = passage("webhooks", "Webhook retries",
            "Formwell retries a failed webhook delivery up to 8 times over 24 hours. Deliveries time out after 10 seconds.");
    private static final RankedPassage SECRETS = passage("secrets", "Signing secrets",
            "Click Roll secret on the endpoint page. The old secret stays valid for 24 hours.");

    private StubModelServer stub;
    private SimpleMeterRegistry metrics;
    private ChatModel chat;
    private ModelUsage usage;

    @BeforeEach
    void start() throws Exception {
        stub = new StubModelServer();
        metrics = new SimpleMeterRegistry();
        chat = chatModel(Duration.ofSeconds(10));
        usage = new ModelUsage(metrics, "stub-model", Optional.of(new ModelUsage.Price(0.15, 0.60)));
    }

    /** One retry, as configured by default, so that a 429 is tried again. */
    private ChatModel chatModel(Duration timeout) {
        return ChatModels.build(new ModelConfig(Provider.OPENAI, stub.url("/v1"), "stub-model", null, timeout, 1, 300), Map.of());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private GeneratedAnswer answer() {
        FallbackAnswerGenerator generator = new FallbackAnswerGenerator(
                new ModelAnswerGenerator(chat, ModelAnswerGenerator.Limits.defaults(), usage),
                new ExtractiveAnswerGenerator(ExtractiveAnswerGenerator.Limits.defaults()), metrics);
        CitationVerifier verifier = new CitationVerifier(CitationVerifier.Thresholds.defaults(), metrics);
        return verifier.verify(generator.draft(QUESTION, List.of(SECRETS, RETRIES)));
    }

    @Test
    void modelAnswerWithGoodCitationsIsSentWithOnlyTheSourcesItCites() {
        stub.replies(Reply.ok(ProviderReplies.openAi("A failed webhook delivery is retried up to 8 times over 24 hours. [2]", 400, 20)));

        GeneratedAnswer answer = answer();

        assertThat(answer.text()).isEqualTo("A failed webhook delivery is retried up to 8 times over 24 hours. [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Webhook retries");
            assertThat(c.snippet()).isEqualTo("Formwell retries a failed webhook delivery up to 8 times over 24 hours.");
        });
        assertThat(answer.degraded()).isFalse();
        String sent = stub.requests().getFirst().body();
        assertThat(sent).contains("[1] Signing secrets").contains("[2] Webhook retries").contains(QUESTION)
                .contains("ONLY the numbered documentation passages");
    }

    @Test
    void tokensAndEstimatedCostAreRecordedPerCallAndKeptWithTheAnswer() {
        stub.replies(Reply.ok(ProviderReplies.openAi("Up to 8 times over 24 hours. [2]", 1_000, 100)));

        GeneratedAnswer answer = answer();

        assertThat(answer.spend().inputTokens()).isEqualTo(1_000);
        assertThat(answer.spend().outputTokens()).isEqualTo(100);
        assertThat(answer.spend().costUsd().orElseThrow()).isCloseTo(0.00021, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(metrics.summary("docent.model.tokens", "model", "stub-model", "direction", "input").totalAmount()).isEqualTo(1_000);
        assertThat(metrics.summary("docent.model.tokens", "model", "stub-model", "direction", "output").totalAmount()).isEqualTo(100);
        // 1,000 x 0.15 + 100 x 0.60 dollars per million tokens
        assertThat(metrics.get("docent.model.cost").summary().totalAmount()).isCloseTo(0.00021, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void withoutAPriceTheCostIsUnknownNotFree() {
        usage = new ModelUsage(metrics, "stub-model", Optional.empty());
        stub.replies(Reply.ok(ProviderReplies.openAi("The documentation does not cover this.", 700, 9)));

        GeneratedAnswer answer = answer();

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.spend().inputTokens()).as("paid for even when nothing could be sent").isEqualTo(700);
        assertThat(answer.spend().costUsd()).isEmpty();
    }

    @Test
    void invalidCitationIsRemoved() {
        stub.replies(Reply.ok(ProviderReplies.openAi("A failed delivery is retried up to 8 times over 24 hours [2][7].", 400, 20)));

        GeneratedAnswer answer = answer();

        assertThat(answer.text()).isEqualTo("A failed delivery is retried up to 8 times over 24 hours [1].");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1);
    }

    @Test
    void answerWithoutCitationsBecomesTheHonestNotFound() {
        stub.replies(Reply.ok(ProviderReplies.openAi("The documentation does not cover this.", 400, 8)));

        GeneratedAnswer answer = answer();

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.text()).isEqualTo(GeneratedAnswer.NOT_FOUND_TEXT);
    }

    @Test
    void emptyReplyFallsBackToTheExtractiveAnswer() {
        stub.replies(Reply.ok(ProviderReplies.openAi("", 400, 0)));

        assertExtractiveFallback("empty_reply");
    }

    @Test
    void rateLimitThenSuccessIsRetriedAndAnsweredByTheModel() {
        stub.replies(Reply.status(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit\"}}"),
                Reply.ok(ProviderReplies.openAi("Up to 8 times over 24 hours. [2]", 400, 12)));

        GeneratedAnswer answer = answer();

        assertThat(stub.requests()).hasSize(2);
        assertThat(answer.text()).isEqualTo("Up to 8 times over 24 hours. [1]");
        assertThat(answer.degraded()).isFalse();
    }

    @Test
    void serverErrorFallsBackToTheExtractiveAnswer() {
        stub.replies(Reply.status(500, "{\"error\":{\"message\":\"The server had an error\"}}"));

        assertExtractiveFallback("server_error");
    }

    @Test
    void timeoutFallsBackToTheExtractiveAnswer() {
        stub.replies(Reply.never());
        chat = chatModel(Duration.ofMillis(300));

        assertExtractiveFallback("timeout");
    }

    @Test
    void malformedReplyFallsBackToTheExtractiveAnswer() {
        stub.replies(Reply.ok("{\"choices\": [ this is not json"));

        assertExtractiveFallback("other");
    }

    @Test
    void followUpIsRewrittenByTheModelWithTheThread() {
        stub.replies(Reply.ok(ProviderReplies.openAi("How long does Formwell wait between webhook retries?", 60, 10)));
        ModelFollowUpRewriter rewriter = new ModelFollowUpRewriter(chat, usage, new RuleFollowUpRewriter());

        String standalone = rewriter.standalone("and how long between them?",
                List.of(ThreadMessage.byPerson(QUESTION), ThreadMessage.byDocent("Up to 8 times. [1]")));

        assertThat(standalone).isEqualTo("How long does Formwell wait between webhook retries?");
        assertThat(stub.requests().getFirst().body()).as("the model reads who said what")
                .contains("- User: " + QUESTION).contains("- Docent: Up to 8 times. [1]").contains("and how long between them?");
    }

    @Test
    void followUpFallsBackToTheRuleWhenTheModelFails() {
        stub.replies(Reply.status(500, "{\"error\":{\"message\":\"down\"}}"));
        ModelFollowUpRewriter rewriter = new ModelFollowUpRewriter(chat, usage, new RuleFollowUpRewriter());

        assertThat(rewriter.standalone("and how long between them?", List.of(ThreadMessage.byPerson(QUESTION))))
                .isEqualTo("and how long between them? " + QUESTION);
    }

    private void assertExtractiveFallback(String kind) {
        GeneratedAnswer answer = answer();

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.degraded()).isTrue();
        assertThat(answer.text()).contains("Formwell retries a failed webhook delivery up to 8 times over 24 hours. [1]");
        assertThat(metrics.counter("docent.model.failures", "kind", kind).count()).isEqualTo(1);
    }

    static RankedPassage passage(String id, String title, String text) {
        IndexedPassage p = IndexedPassage.of("docs", id + ".md", 0, 1, title, List.of(), text,
                "https://docs.example/" + id, "h", null);
        return new RankedPassage(id, p, 0.03, OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true);
    }
}
