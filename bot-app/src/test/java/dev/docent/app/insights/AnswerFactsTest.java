package dev.docent.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.NoCaseBoard;
import dev.docent.app.SampleFixture;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.conversation.ConversationMapping;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskReply;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.intent.HalfFloats;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.teach.TeamAnswerBases;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the answer log keeps for the overview comes from the real pipeline, the question embedded once. */
@EmbeddedElasticsearchTest
class AnswerFactsTest {

    private static final String TENANT = "T_FACTS";

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path home;

    @Test
    @SuppressWarnings("unchecked")
    void answerIsLoggedWithItsEmbeddingPagesAndTimeAndARepeatIsMarkedCached() {
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            SupportDesk desk = runtime.supportDesk(DocentConfig.empty(), new SourceFactory(home, home.resolve("git")),
                    new SimpleMeterRegistry());
            Question question = new Question("How do I rotate the webhook signing secret?", "U1",
                    desk.place(TENANT, "C1", Visibility.PRIVATE), List.of());

            DeskReply.Answered first = (DeskReply.Answered) desk.ask("slack", question, NoCaseBoard.INSTANCE);
            DeskReply.Answered again = (DeskReply.Answered) desk.ask("discord", question, NoCaseBoard.INSTANCE);

            Map<String, Object> firstLogged = logged(runtime, first.answered().id());
            Map<String, Object> againLogged = logged(runtime, again.answered().id());
            assertThat(firstLogged).containsEntry(ConversationMapping.PLATFORM, "slack").containsEntry(ConversationMapping.CACHED, false);
            // Every knowledge base the place sees (other tests' ones share the node), its tenant's team answers included.
            assertThat((List<Object>) firstLogged.get(ConversationMapping.KNOWLEDGE_BASES))
                    .contains("sample", TeamAnswerBases.internal(TENANT), TeamAnswerBases.published(TENANT));
            assertThat(againLogged).containsEntry(ConversationMapping.PLATFORM, "discord").containsEntry(ConversationMapping.CACHED, true);
            assertThat(HalfFloats.decode((String) firstLogged.get("embedding"))).as("the retrieval's own vector, bge-small's 384 dimensions")
                    .hasSize(384);
            assertThat(firstLogged.get("embedding")).isEqualTo(againLogged.get("embedding"));
            assertThat((double) firstLogged.get(ConversationMapping.LATENCY_MS)).isPositive();
            assertThat((List<?>) firstLogged.get(ConversationMapping.CITED_PAGES)).isNotEmpty()
                    .allSatisfy(page -> assertThat((String) page).startsWith("sample:"));
            assertThat((List<?>) firstLogged.get("retrievedPages")).isNotEmpty();
            assertThat(firstLogged.get(ConversationMapping.INPUT_TOKENS)).as("extractive answers ask no model").isEqualTo(0);
            assertThat(firstLogged).doesNotContainKey(ConversationMapping.COST_USD);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> logged(DocentRuntime runtime, String id) {
        return runtime.elasticsearch().call(c -> c.get(g -> g.index(ElasticsearchAnswerLog.INDEX).id(id), Map.class)).source();
    }
}
