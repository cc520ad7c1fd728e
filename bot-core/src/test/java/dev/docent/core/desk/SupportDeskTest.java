package dev.docent.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswerBases;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.core.tenant.TenantDirectory;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's rules, proved once for every platform: the stores are the real ones on the embedded
 * node; the answer pipeline, the case board and the reindexer are stand-ins the test controls.
 */
@EmbeddedElasticsearchTest
class SupportDeskTest {

    private static final String SUPPORT = "T_SUPPORT";
    private static final String COMMUNITY = "G_COMMUNITY";
    private static final String UNCONFIGURED = "T_ELSEWHERE";
    private static final String ADMIN_GROUP = "S_DOCENT_ADMINS";
    private static final EmbeddingModel EMBEDDINGS = QueryEmbedder.bgeSmallEnV15();

    ElasticsearchEndpoint elasticsearch;

    private ElasticsearchConnection connection;
    private SimpleMeterRegistry metrics;
    private final List<EscalationCase> posted = new CopyOnWriteArrayList<>();
    private final List<EscalationTarget> postedTo = new CopyOnWriteArrayList<>();
    private final List<String> joined = new CopyOnWriteArrayList<>();
    private final List<String> reindexed = new CopyOnWriteArrayList<>();
    private Function<Question, Answer> pipeline;
    private TeamAnswers teamAnswers;

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
        teamAnswers = new ElasticsearchTeamAnswers(connection, new KnowledgeBaseCatalog(connection, Clock.systemUTC()), EMBEDDINGS);
        metrics = new SimpleMeterRegistry();
        pipeline = question -> answer(Decision.answer(), true);
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void answerTheDocsDoNotHaveOnlyOffersAPersonAsThePolicySays() {
        pipeline = question -> answer(Decision.offerHuman("The documentation has nothing that answers this question.")
                .withReply(Reply.NOT_IN_DOCS), false);

        DeskReply.Answered reply = answered(desk().ask("slack", question(SUPPORT, "How do I self-host it?"), board));

        assertThat(reply.handover()).isEmpty();
        assertThat(posted).isEmpty();
        assertThat(reply.answered().action()).isEqualTo("answer_and_offer_human");
    }

    @Test
    void policyEscalationPostsOneCaseAndARequestForTheSameAnswerFindsItOpen() {
        pipeline = question -> answer(Decision.escalate("Outages go to a person at once."), true);
        SupportDesk desk = desk();

        DeskReply.Answered reply = answered(desk.ask("discord", question(SUPPORT, "Is the API down?"), board));
        ClickReply again = desk.requestHuman(new Click("discord", SUPPORT, "U_ASKER", reply.answered().id()), board);

        assertThat(reply.handover()).contains(Handover.POSTED);
        assertThat(posted).singleElement().satisfies(c -> {
            assertThat(c.requestedBy()).isEqualTo(EscalationCase.BY_POLICY);
            assertThat(c.reason()).isEqualTo("Outages go to a person at once.");
        });
        assertThat(again.handover()).contains(Handover.ALREADY_OPEN);
        assertThat(again.notice()).isEqualTo(Notices.ALREADY_LOOPED_IN);
        assertThat(metrics.counter("docent.escalations", "platform", "discord", "by", "policy", "outcome", "posted").count())
                .isEqualTo(1);
    }

    @Test
    void requestForAPersonSaysWhenNobodyCouldBeAlerted() {
        SupportDesk desk = desk();
        String inUnconfigured = answered(desk.ask("slack", question(UNCONFIGURED, "How do I export?"), board)).answered().id();
        String inSupport = answered(desk.ask("slack", question(SUPPORT, "How do I export?"), board)).answered().id();

        ClickReply notConfigured = desk.requestHuman(new Click("slack", UNCONFIGURED, "U_ASKER", inUnconfigured), board);
        ClickReply refused = desk.requestHuman(new Click("slack", SUPPORT, "U_ASKER", inSupport), REFUSING);

        assertThat(notConfigured.handover()).contains(Handover.NOT_CONFIGURED);
        assertThat(notConfigured.notice()).isEqualTo(Notices.NO_ESCALATION_CHANNEL);
        assertThat(refused.handover()).contains(Handover.UNREACHABLE);
        assertThat(posted).isEmpty();
    }

    @Test
    void clickIsOnlyActedOnInTheWorkspaceOfItsAnswer() {
        SupportDesk desk = desk();
        String id = answered(desk.ask("slack", question(SUPPORT, "How do I export?"), board)).answered().id();

        ClickReply foreignVote = desk.vote(new Click("slack", COMMUNITY, "U_STRANGER", id), Vote.NOT_HELPFUL);
        ClickReply foreignHuman = desk.requestHuman(new Click("slack", COMMUNITY, "U_STRANGER", id), board);
        ClickReply ownVote = desk.vote(new Click("slack", SUPPORT, "U_READER", id), Vote.HELPFUL);

        assertThat(foreignVote.notice()).isEqualTo(Notices.ANSWER_UNKNOWN);
        assertThat(foreignHuman.notice()).isEqualTo(Notices.ANSWER_UNKNOWN);
        assertThat(posted).isEmpty();
        assertThat(ownVote.notice()).isEqualTo(Notices.THANKS_HELPFUL);
    }

    @Test
    void votesCountOnceUnderOneMetricNameForEveryPlatform() {
        SupportDesk desk = desk();
        String id = answered(desk.ask("discord", question(SUPPORT, "How do I export?"), board)).answered().id();

        desk.vote(new Click("discord", SUPPORT, "U_READER", id), Vote.HELPFUL);
        ClickReply second = desk.vote(new Click("discord", SUPPORT, "U_READER", id), Vote.NOT_HELPFUL);

        assertThat(second.notice()).isEqualTo(Notices.ALREADY_VOTED);
        assertThat(metrics.counter("docent.feedback", "platform", "discord", "vote", "helpful", "first", "true").count()).isEqualTo(1);
        assertThat(metrics.counter("docent.answers", "platform", "discord", "action", "answer", "grounded", "true").count())
                .isEqualTo(1);
    }

    @Test
    void failureTellsTheAskerInDocentsWordsNeverTheExceptions() {
        pipeline = question -> {
            throw new IllegalStateException("search failed for 'my secret customer question'");
        };

        DeskReply reply = desk().ask("discord", question(SUPPORT, "my secret customer question"), board);

        assertThat(reply).isEqualTo(new DeskReply.Failed(Notices.FAILED));
        assertThat(metrics.counter("docent.failures", "platform", "discord", "stage", "answer").count()).isEqualTo(1);
    }

    @Test
    void questionThatCannotBeTakenIsDeclinedWithTheReason() {
        pipeline = question -> {
            throw new InvalidQuestionException("Ask me a question after the mention.");
        };

        assertThat(desk().ask("slack", question(SUPPORT, " "), board))
                .isEqualTo(new DeskReply.Declined("Ask me a question after the mention."));
    }

    @Test
    void adminsAreConfiguredUsersGroupMembersAndTheWorkspacesOwnAdministrators() {
        SupportDesk desk = desk();
        Place team = desk.place(SUPPORT, "C_TEAM", Visibility.PRIVATE);

        assertThat(desk.admin("slack", team, "U_CONFIGURED", membership(false, Set.of()))).isPresent();
        assertThat(desk.admin("slack", team, "U_IN_GROUP", membership(false, Set.of(ADMIN_GROUP)))).isPresent();
        assertThat(desk.admin("slack", team, "U_OWNER", membership(true, Set.of()))).isPresent();
        assertThat(desk.admin("slack", team, "U_MEMBER", membership(false, Set.of("S_OTHER")))).isEmpty();
    }

    @Test
    void adminsSeeAndReindexOnlyTheKnowledgeBasesTheirPlaceMaySee() {
        SupportDesk desk = desk();
        AdminDesk community = desk.admin("discord", desk.place(COMMUNITY, "C_HELP", Visibility.PUBLIC), "U_MOD",
                membership(true, Set.of())).orElseThrow();
        AdminDesk team = desk.admin("slack", desk.place(SUPPORT, "C_TEAM", Visibility.PRIVATE), "U_CONFIGURED",
                membership(false, Set.of())).orElseThrow();

        assertThat(community.reindexable()).containsExactly("product");
        assertThat(community.status()).extracting(KnowledgeBaseStatus::name).containsExactly("product");
        assertThat(community.plan(Optional.of("runbooks")).refusal()).contains(Notices.cannotReindex("runbooks", List.of("product")));
        assertThat(community.reindex("runbooks", progress -> { }).failure()).isPresent();
        assertThat(community.plan(Optional.empty()).knowledgeBases()).containsExactly("product");
        assertThat(team.plan(Optional.empty()).knowledgeBases()).containsExactly("product", "runbooks");
        assertThat(reindexed).isEmpty();
    }

    @Test
    void reindexOutcomeSaysWhyItDidNotRun() {
        SupportDesk desk = desk();
        AdminDesk team = desk.admin("slack", desk.place(SUPPORT, "C_TEAM", Visibility.PRIVATE), "U_CONFIGURED",
                membership(false, Set.of())).orElseThrow();

        ReindexOutcome done = team.reindex("product", progress -> { });
        ReindexOutcome busy = team.reindex("runbooks", progress -> { });

        assertThat(done.summary()).map(ReindexSummary::added).contains(3);
        assertThat(busy.failure()).contains("runbooks is being reindexed by replica-2 until 10:05.");
        assertThat(reindexed).containsExactly("product", "runbooks");
    }

    @Test
    void eachPlatformEventIsHandledOnce() {
        SupportDesk desk = desk();
        String id = "Ev" + System.nanoTime();

        assertThat(desk.firstDelivery("slack", id)).isTrue();
        assertThat(desk.firstDelivery("slack", id)).isFalse();
        assertThat(desk.firstDelivery("discord-message", id)).isTrue();
    }

    @Test
    void withElasticsearchDownEveryoneIsStillToldSomething() {
        try (ElasticsearchConnection dead = ElasticsearchConnection.open(URI.create("http://127.0.0.1:1"), Optional.empty())) {
            SupportDesk desk = desk(dead);

            assertThat(desk.firstDelivery("slack", "EvDown")).as("handled rather than dropped").isTrue();
            assertThat(desk.ask("slack", question(SUPPORT, "How do I export?"), board))
                    .isEqualTo(new DeskReply.Failed(Notices.FAILED));
            assertThat(desk.vote(new Click("slack", SUPPORT, "U_READER", "a1"), Vote.HELPFUL).notice())
                    .isEqualTo(Notices.CLICK_FAILED);
            assertThat(desk.requestHuman(new Click("slack", SUPPORT, "U_READER", "a1"), board).handover())
                    .contains(Handover.FAILED);
        }
        assertThat(metrics.counter("docent.failures", "platform", "slack", "stage", "dedupe").count()).isEqualTo(1);
        assertThat(metrics.counter("docent.failures", "platform", "slack", "stage", "answer").count()).isEqualTo(1);
    }

    @Test
    void manyAskingTheSameThingMakeOneCaseThatCountsThemAndPagesOnce() {
        pipeline = question -> answer(Decision.escalate("Outages go to a person at once."), true);
        SupportDesk desk = desk();

        for (String asked : List.of("Is the API down right now?", "is the API down right now", "API down right now?")) {
            desk.ask("slack", question(SUPPORT, asked), board);
        }

        assertThat(posted).singleElement().satisfies(c -> assertThat(c.answered().question()).isEqualTo("Is the API down right now?"));
        assertThat(postedTo).extracting(EscalationTarget::mentionGroup).containsExactly(Optional.of("S_ONCALL"));
        assertThat(joined).containsExactly("M1 +1 is the API down right now", "M1 +2 API down right now?");
        assertThat(metrics.counter("docent.escalations.suppressed", "platform", "slack", "why", "similar").count()).isEqualTo(2);
    }

    @Test
    void pagesBeyondTheWindowsCapArePostedWithoutAPing() {
        pipeline = question -> answer(Decision.escalate("Billing disputes go to a person."), true);
        SupportDesk desk = desk(connection, new PagingLimits(2, Duration.ofMinutes(10), 0.6));

        for (String asked : List.of("Why was I charged twice?", "Can I get a refund for March?", "Who do I call about an invoice?")) {
            desk.ask("discord", question(SUPPORT, asked), board);
        }

        assertThat(postedTo).extracting(EscalationTarget::mentionGroup)
                .containsExactly(Optional.of("S_ONCALL"), Optional.of("S_ONCALL"), Optional.empty());
        assertThat(metrics.counter("docent.escalations.suppressed", "platform", "discord", "why", "capped").count()).isEqualTo(1);
    }

    @Test
    void aReplyToACaseSavedByTheSupportGroupBecomesTheTeamAnswerToItsQuestion() {
        pipeline = question -> answer(Decision.escalate("Outages go to a person at once."), true);
        SupportDesk desk = desk();
        String caseId = answered(desk.ask("slack", question(SUPPORT, "Why do webhooks stop after a deploy?"), board))
                .answered().id();
        String caseMessage = "M" + posted.size();
        String reply = "Webhooks pause while a deploy runs; they resume on their own within five minutes.";

        String fromOutsider = desk.teach(teaching(SUPPORT, caseMessage, "U_OUTSIDER", reply), membership(false, Set.of()));
        String onNoCase = desk.teach(teaching(SUPPORT, "M_ELSEWHERE", "U_ONCALL", reply), membership(false, Set.of("S_ONCALL")));
        String fromAnotherTenant = desk.teach(teaching(COMMUNITY, caseMessage, "U_ONCALL", reply),
                membership(false, Set.of("S_ONCALL")));
        String empty = desk.teach(teaching(SUPPORT, caseMessage, "U_ONCALL", "  "), membership(false, Set.of("S_ONCALL")));
        String saved = desk.teach(teaching(SUPPORT, caseMessage, "U_ONCALL", reply), membership(false, Set.of("S_ONCALL")));

        assertThat(fromOutsider).isEqualTo(Notices.TEACH_NOT_ALLOWED);
        assertThat(onNoCase).isEqualTo(Notices.TEACH_NOT_A_CASE);
        assertThat(fromAnotherTenant).isEqualTo(Notices.TEACH_NOT_A_CASE);
        assertThat(empty).isEqualTo(Notices.TEACH_EMPTY);
        assertThat(saved).isEqualTo(Notices.TAUGHT);
        TeamAnswer kept = teamAnswers.find(caseId).orElseThrow();
        assertThat(kept.question()).isEqualTo("Why do webhooks stop after a deploy?");
        assertThat(kept.answer()).isEqualTo(reply);
        assertThat(kept.tenant()).isEqualTo(SUPPORT);
        assertThat(kept.published()).isFalse();
        assertThat(new KnowledgeBaseCatalog(connection, Clock.systemUTC()).names()).contains(TeamAnswerBases.internal(SUPPORT))
                .doesNotContain(TeamAnswerBases.published(SUPPORT));
        assertThat(metrics.counter("docent.team_answers", "platform", "slack", "outcome", "saved").count()).isEqualTo(1);
    }

    private static Teaching teaching(String tenant, String caseMessage, String teacher, String answer) {
        return new Teaching("slack", tenant, "C_ESCALATIONS", caseMessage, teacher, answer,
                Optional.of("https://example.slack.com/archives/C_ESCALATIONS/p1"));
    }

    private SupportDesk desk() {
        return desk(connection);
    }

    private SupportDesk desk(ElasticsearchConnection connection) {
        return desk(connection, PagingLimits.DEFAULTS);
    }

    private SupportDesk desk(ElasticsearchConnection connection, PagingLimits paging) {
        TenantDirectory tenants = new TenantDirectory(Map.of(
                SUPPORT, new TenantConfig("Support", List.of("product", "runbooks"), Visibility.PRIVATE, Map.of(),
                        new Admins(List.of("U_CONFIGURED"), List.of(ADMIN_GROUP)), new EscalationTarget("C_ESCALATIONS", "S_ONCALL")),
                COMMUNITY, new TenantConfig("Community", List.of("product", "runbooks"), null, Map.of(), null,
                        new EscalationTarget("C_MODS", null))),
                List.of("product"), Set.of("runbooks"), () -> Set.of("product", "runbooks"));
        Clock clock = Clock.systemUTC();
        return new SupportDesk(question -> pipeline.apply(question), tenants, new ElasticsearchAnswerLog(connection, clock),
                new ElasticsearchFeedbackStore(connection, clock), new ElasticsearchEscalationCases(connection, clock),
                teamAnswers,
                new ElasticsearchEventLedger(connection, clock),
                new FakeReindexer(), metrics, paging, clock);
    }

    /** A platform that takes no case. */
    private static final CaseBoard REFUSING = new CaseBoard() {
        @Override
        public Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target) {
            return Optional.empty();
        }

        @Override
        public void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers) {
            throw new AssertionError("nothing was posted to join");
        }
    };

    private final CaseBoard board = new CaseBoard() {
        @Override
        public Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target) {
            posted.add(escalation);
            postedTo.add(target);
            return Optional.of(PostedCase.posted(escalation, target,
                    new PostedCase.Message(target.channel(), "M" + posted.size(), Optional.empty())));
        }

        @Override
        public void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers) {
            joined.add(earlier.message().join().id() + " +" + moreAskers + " " + similar.answered().question());
        }
    };

    private static DeskReply.Answered answered(DeskReply reply) {
        assertThat(reply).isInstanceOf(DeskReply.Answered.class);
        return (DeskReply.Answered) reply;
    }

    private static Question question(String tenant, String text) {
        return new Question(text, "U_ASKER", new Place(tenant, "C_HELP", Visibility.PRIVATE), List.of());
    }

    private static Answer answer(Decision decision, boolean grounded) {
        return new Answer("Open Settings, then Export. [1]",
                List.of(new Citation(1, "Export", "Steps", "https://docs.example/export", "product", "export.md", "Open Settings.")),
                List.of(), Retrieved.nothing(), grounded, Optional.empty(), decision, List.of(), Map.of(), AnswerTrace.none());
    }

    private static Membership membership(boolean administers, Set<String> groups) {
        return new Membership() {
            @Override
            public boolean administersWorkspace() {
                return administers;
            }

            @Override
            public boolean belongsTo(String group) {
                return groups.contains(group);
            }
        };
    }

    /** Product reindexes; runbooks is held by another replica. */
    private final class FakeReindexer implements Reindexer {

        @Override
        public List<String> reindexable() {
            return List.of("product", "runbooks");
        }

        @Override
        public ReindexSummary reindex(String knowledgeBase, ReindexListener listener) {
            reindexed.add(knowledgeBase);
            if (knowledgeBase.equals("runbooks")) {
                throw new ReindexInProgressException("runbooks is being reindexed by replica-2 until 10:05.");
            }
            return new ReindexSummary(knowledgeBase, "directory docs", ReindexMode.INCREMENTAL, 3, 0, 0, 0, List.of(), List.of(),
                    3, Duration.ofSeconds(2), Map.of());
        }

        @Override
        public List<KnowledgeBaseStatus> status() {
            return new ArrayList<>(List.of(
                    new KnowledgeBaseStatus("product", false, true, 3, 12, false, Optional.empty(), Optional.empty()),
                    new KnowledgeBaseStatus("runbooks", true, true, 1, 4, false, Optional.empty(), Optional.empty())));
        }
    }
}
