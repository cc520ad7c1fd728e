package dev.docent.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.config.CacheConfig;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.ModelConfig;
import dev.docent.app.config.ModelConfig.Provider;
import dev.docent.app.config.PriceConfig;
import dev.docent.app.model.StubModelServer.Reply;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.answer.Action;
import dev.docent.core.answer.Answer;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.app.SampleFixture;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.ThreadMessage;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole pipeline with a model configured in docent.yml, on the sample docs, against a stub of the OpenAI API. */
@EmbeddedElasticsearchTest
class ModelAnswersOnElasticsearchTest {

    ElasticsearchEndpoint elasticsearch;

    private StubModelServer stub;
    private DocentRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        stub = new StubModelServer();
        DocentConfig config = DocentConfig.empty().withModel(
                new ModelConfig(Provider.OPENAI, stub.url("/v1"), "stub-model", null, Duration.ofSeconds(10), 0, 300),
                Map.of("stub-model", new PriceConfig(0.15, 0.60)));
        SampleFixture.runtimeWithSample(elasticsearch.uri()).close();
        runtime = DocentRuntime.using(RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())),
                SampleFixture.model(), config, Map.of());
    }

    @AfterEach
    void stop() {
        runtime.close();
        stub.close();
    }

    @Test
    void modelWritesTheAnswerFromTheRetrievedPassagesAndItsCitationsAreVerified() {
        stub.replies(Reply.ok(ProviderReplies.openAi(
                "Click Roll secret on the endpoint page. [1] The old secret stays valid for 24 hours. [1] [9]", 900, 40)));

        Answer answer = runtime.docent(Set.of(SampleKnowledgeBase.NAME))
                .answer(Question.fromConsole("how do I rotate the webhook signing secret?"));

        assertThat(answer.text()).isEqualTo("Click Roll secret on the endpoint page. [1] The old secret stays valid for 24 hours. [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.section()).contains("Rotating"));
        assertThat(answer.decision().action()).isEqualTo(Action.ANSWER);
        assertThat(stub.requests().getFirst().body()).contains("Rotating the signing secret");
        assertThat(runtime.metrics().get("docent.model.cost").summary().count()).isEqualTo(1);
    }

    @Test
    void threadFollowUpIsRewrittenBeforeRetrieval() {
        stub.replies(
                Reply.ok(ProviderReplies.openAi("How long does the old webhook signing secret stay valid after rotation?", 80, 12)),
                Reply.ok(ProviderReplies.openAi("The old secret stays valid for 24 hours. [1]", 900, 20)));
        Question followUp = new Question("and the old one?", "u1", Place.console(),
                List.of(ThreadMessage.byPerson("how do I rotate the webhook signing secret?"),
                        ThreadMessage.byDocent("Click Roll secret on the endpoint page. [1]")));

        Answer answer = runtime.docent(Set.of(SampleKnowledgeBase.NAME)).answer(followUp);

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.text()).isEqualTo("The old secret stays valid for 24 hours. [1]");
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.requests().getLast().body()).contains("How long does the old webhook signing secret stay valid");
    }
}
