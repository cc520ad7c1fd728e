package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.desk.DeskReply;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.source.DirectorySource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class SupportDeskTenantsTest {

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path runbooks;

    /**
     * Also guards the scoring across knowledge bases: the one-page runbook must not sink below the
     * 44-page sample just because its index has its own (tiny) term statistics.
     */
    @Test
    void publicChannelNeverSeesInternalRunbooksWhilePrivateOnesDo() throws Exception {
        Files.writeString(runbooks.resolve("webhook-outage.md"), """
                # Webhook outage runbook

                ## Drain the retry queue

                When webhook deliveries pile up, page the on-call engineer. Then drain the retry
                queue from the internal admin console at admin.formwell.internal, queue "hooks-retry".
                """);
        DocentConfig config = DocentConfig.empty()
                .withKnowledgeBases(Map.of(SampleKnowledgeBase.NAME, KnowledgeBaseConfig.of(Audience.PUBLIC),
                        "ops-runbooks", KnowledgeBaseConfig.of(Audience.INTERNAL)))
                .withTenants(Map.of("T_SUPPORT", new TenantConfig("Support", List.of(SampleKnowledgeBase.NAME, "ops-runbooks"),
                        Visibility.PRIVATE, Map.of(), null, null)));

        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            runtime.indexer().index("ops-runbooks", new DirectorySource(runbooks, "https://runbooks.formwell.internal"),
                    ReindexListener.NONE);
            SupportDesk desk = runtime.supportDesk(config, new SourceFactory(runbooks, runbooks.resolve(".git-checkouts")), new SimpleMeterRegistry());
            String question = "Which internal admin console do on-call engineers use to drain the webhook retry queue?";

            Answer inSupport = answer(desk, new Question(question, "U1",
                    desk.place("T_SUPPORT", "C_TEAM", Visibility.PRIVATE), List.of()));
            Answer inCommunity = answer(desk, new Question(question, "U2",
                    desk.place("G_COMMUNITY", "C_HELP", Visibility.PUBLIC), List.of()));

            assertThat(inSupport.citations()).extracting(Citation::knowledgeBase).contains("ops-runbooks");
            assertThat(inCommunity.citations()).extracting(Citation::knowledgeBase).doesNotContain("ops-runbooks");
            assertThat(inCommunity.text()).doesNotContain("admin.formwell.internal");
        }
    }

    private static Answer answer(SupportDesk desk, Question question) {
        DeskReply reply = desk.ask("test", question, NoCaseBoard.INSTANCE);
        assertThat(reply).isInstanceOf(DeskReply.Answered.class);
        return ((DeskReply.Answered) reply).answer();
    }
}
