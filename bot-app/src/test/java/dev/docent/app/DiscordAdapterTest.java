package dev.docent.app;

import static dev.docent.app.discord.DiscordPayloads.MANAGE_SERVER;
import static dev.docent.app.discord.DiscordPayloads.MEMBER_PERMISSIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.config.SourceConfig;
import dev.docent.app.discord.DiscordPayloads;
import dev.docent.app.discord.FakeDiscord;
import dev.docent.app.discord.RecordedCall;
import dev.docent.app.discord.Snowflakes;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.desk.Notices;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.question.Question;
import dev.docent.core.question.ThreadMessage;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.discord.DiscordPlatform;
import dev.docent.discord.DiscordSettings;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.testing.Await;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docent in Discord, end to end: the real JDA against a fake Discord gateway and REST API on
 * 127.0.0.1, with the real answer pipeline on the embedded Elasticsearch node behind.
 */
@EmbeddedElasticsearchTest
class DiscordAdapterTest {

    // The community guild: public channels, a support role, admins by role, a moderators' channel.
    static final String COMMUNITY = "1100000000000000001";
    static final String SUPPORT_ROLE = "1100000000000000030";
    static final String DOCENT_ADMIN_ROLE = "1100000000000000031";
    static final String MANAGER_ROLE = "1100000000000000032";
    static final ObjectNode HELP = DiscordPayloads.textChannel("1100000000000000010", "help", 0);
    static final ObjectNode MODERATORS = DiscordPayloads.textChannel("1100000000000000011", "moderators", 1);
    static final ObjectNode ASKER = DiscordPayloads.member(DiscordPayloads.user("1100000000000000040", "asker", false));
    static final ObjectNode MODERATOR = DiscordPayloads.member(DiscordPayloads.user("1100000000000000045", "moderator", false),
            SUPPORT_ROLE);
    static final ObjectNode READER = DiscordPayloads.member(DiscordPayloads.user("1100000000000000044", "reader", false));
    static final ObjectNode ADMIN = DiscordPayloads.member(DiscordPayloads.user("1100000000000000041", "admin", false),
            DOCENT_ADMIN_ROLE);
    static final ObjectNode MANAGER = DiscordPayloads.member(DiscordPayloads.user("1100000000000000042", "manager", false),
            MANAGER_ROLE);
    static final ObjectNode OTHER_BOT = DiscordPayloads.member(DiscordPayloads.user("1100000000000000043", "otherbot", true));
    static final ObjectNode THREAD = DiscordPayloads.thread("1100000000000000020", COMMUNITY, HELP.get("id").asText(),
            ASKER.at("/user/id").asText(), "webhook secret");
    // The support team's own guild, configured private: it may see internal runbooks.
    static final String STAFF = "1200000000000000001";
    static final ObjectNode TEAM = DiscordPayloads.textChannel("1200000000000000010", "team", 0);
    static final ObjectNode ENGINEER = DiscordPayloads.member(DiscordPayloads.user("1200000000000000040", "engineer", false));

    static final String RUNBOOKS = "discord-runbooks";
    static final String FAQ = "discord-faq";
    static final String RUNBOOK_QUESTION =
            "Which internal admin console do on-call engineers use to drain the webhook retry queue?";

    static DocentRuntime runtime;
    static FakeDiscord discord;
    static DiscordPlatform platform;
    static final List<Question> asked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start(ElasticsearchEndpoint elasticsearch, @TempDir Path runbooks, @TempDir Path faq) throws Exception {
        runtime = SampleFixture.runtimeWithSample(elasticsearch.uri());
        Files.writeString(runbooks.resolve("webhook-outage.md"), """
                # Webhook outage runbook

                ## Drain the retry queue

                When webhook deliveries pile up, page the on-call engineer. Then drain the retry
                queue from the internal admin console at admin.formwell.internal, queue "hooks-retry".
                """);
        runtime.indexer().index(RUNBOOKS, new DirectorySource(runbooks, "https://runbooks.formwell.internal"),
                ReindexListener.NONE);
        for (int i = 1; i <= 12; i++) {
            Files.writeString(faq.resolve("faq-" + i + ".md"), """
                    # Community FAQ %d

                    Question %d of the community FAQ, answered in a sentence or two so that it indexes quickly.
                    """.formatted(i, i));
        }
        DocentConfig config = DocentConfig.empty()
                .withKnowledgeBases(Map.of(SampleKnowledgeBase.NAME, KnowledgeBaseConfig.of(Audience.PUBLIC),
                        // Admins reindex a small FAQ: the whole sample takes tens of seconds to embed on 2 cores.
                        FAQ, KnowledgeBaseConfig.of(Audience.PUBLIC,
                                SourceConfig.directory(faq.toString(), "https://faq.formwell.example")),
                        RUNBOOKS, KnowledgeBaseConfig.of(Audience.INTERNAL)))
                .withTenants(Map.of(COMMUNITY, new TenantConfig("Community", List.of(SampleKnowledgeBase.NAME, FAQ, RUNBOOKS), null, Map.of(),
                                new Admins(List.of(), List.of(DOCENT_ADMIN_ROLE)),
                                new EscalationTarget(MODERATORS.get("id").asText(), SUPPORT_ROLE)),
                        STAFF, new TenantConfig("Support team", List.of(SampleKnowledgeBase.NAME, RUNBOOKS), Visibility.PRIVATE,
                                Map.of(), null, null)));
        SupportDesk desk = runtime.supportDesk(config, new SourceFactory(faq, faq.resolve(".git-checkouts")),
                new SimpleMeterRegistry(), docent -> question -> {
                    asked.add(question);
                    return docent.answer(question);
                });

        ObjectNode bot = DiscordPayloads.member(FakeDiscord.botUser());
        discord = FakeDiscord.start(List.of(
                DiscordPayloads.guild(COMMUNITY, "Formwell community", MANAGER.at("/user/id").asText(),
                        List.of(DiscordPayloads.role(COMMUNITY, "@everyone", MEMBER_PERMISSIONS, 0, false),
                                DiscordPayloads.role(SUPPORT_ROLE, "support", MEMBER_PERMISSIONS, 1, true),
                                DiscordPayloads.role(DOCENT_ADMIN_ROLE, "docent-admin", MEMBER_PERMISSIONS, 2, false),
                                DiscordPayloads.role(MANAGER_ROLE, "manager", MEMBER_PERMISSIONS | MANAGE_SERVER, 3, false)),
                        List.of(bot, ASKER, READER, ADMIN, MANAGER, OTHER_BOT), List.of(HELP, MODERATORS), List.of(THREAD)),
                DiscordPayloads.guild(STAFF, "Formwell support", ENGINEER.at("/user/id").asText(),
                        List.of(DiscordPayloads.role(STAFF, "@everyone", MEMBER_PERMISSIONS, 0, false)),
                        List.of(bot, ENGINEER), List.of(TEAM), List.of())));

        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of(
                        "DISCORD_TOKEN", "fake-token",
                        "DISCORD_API_URL", discord.apiUrl(),
                        "DISCORD_GATEWAY_URL", discord.gatewayUrl()))
                .orElseThrow()
                .withProgressInterval(Duration.ofMillis(200));
        platform = DiscordPlatform.create(settings, desk, new SimpleMeterRegistry());
        platform.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            assertThat(discord.calls(RecordedCall::sendsMessageText)).allSatisfy(DiscordAdapterTest::assertPingsOnlyWhomItMeans);
        } finally {
            if (platform != null) {
                platform.close();
            }
            if (discord != null) {
                discord.close();
            }
            if (runtime != null) {
                runtime.close();
            }
        }
    }

    @Test
    void slashCommandsAreRegisteredInEachGuildOnStart() {
        for (String guild : List.of(COMMUNITY, STAFF)) {
            RecordedCall registration = discord.await("the commands of guild " + guild,
                    c -> c.is("PUT", "applications/\\d+/guilds/" + guild + "/commands"));
            JsonNode command = registration.body().get(0);
            assertThat(command.path("name").asText()).isEqualTo("docent");
            assertThat(command.path("options").findValuesAsText("name")).contains("ask", "reindex", "status");
            assertThat(registration.body().get(1).path("name").asText()).isEqualTo("Save as answer");
            assertThat(registration.body().get(1).path("type").asInt()).as("a message command").isEqualTo(3);
        }
        assertThat(platform.connected()).isTrue();
    }

    @Test
    void slashCommandIsDeferredThenEditedWithTheAnswerAndItsSources() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER, "how do I rotate the webhook signing secret?");

        RecordedCall deferred = discord.await("the deferred reply", ask::callback);
        RecordedCall answer = discord.await("the answer", ask::editsOriginal);

        assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
        assertThat(answer.time()).isAfterOrEqualTo(deferred.time());
        // A figure for the README, not a goal: measured on whatever machine runs the build.
        System.out.printf("Discord /docent ask: deferred reply %d ms and answer %d ms after the interaction was sent%n",
                Duration.between(ask.sent(), deferred.time()).toMillis(), Duration.between(ask.sent(), answer.time()).toMillis());
        JsonNode embed = answer.embed();
        assertThat(embed.path("description").asText()).contains("Roll secret").contains("[1]");
        JsonNode sources = embed.path("fields").get(0);
        assertThat(sources.path("name").asText()).isEqualTo("Sources");
        assertThat(sources.path("value").asText())
                .contains("**[1]** [Webhook signatures and retries")
                .contains("(https://docs.formwell.example/api/webhook-signatures-and-retries#rotating-the-signing-secret)");
        assertThat(answer.message().at("/components/0/components").findValuesAsText("label"))
                .containsExactly("Helpful", "Not helpful", "Talk to a human");
        assertPingsOnlyWhomItMeans(answer);
    }

    @Test
    void mentionInAThreadIsAnsweredThereWithTheThreadsEarlierMessages() {
        String bot = FakeDiscord.BOT_ID;
        String thread = THREAD.get("id").asText();
        // Started from the asker's question in #help; in the thread, Docent's answer (in its embed), another
        // bot's message, a message whose text Discord withholds (no MESSAGE_CONTENT intent), then the follow-up.
        discord.remember(DiscordPayloads.message(thread, HELP.get("id").asText(), COMMUNITY, (ObjectNode) ASKER.get("user"),
                "<@" + bot + "> how do I rotate the webhook signing secret?", List.of(FakeDiscord.botUser())));
        ObjectNode docentsAnswer = DiscordPayloads.message(Snowflakes.now(), thread, COMMUNITY, FakeDiscord.botUser(), "", List.of());
        ((ArrayNode) docentsAnswer.get("embeds")).addObject().put("type", "rich").put("description", "Click **Roll secret**. [1]");
        discord.remember(docentsAnswer);
        discord.remember(DiscordPayloads.message(Snowflakes.now(), thread, COMMUNITY,
                DiscordPayloads.user(Snowflakes.now(), "other-bot", true), "Did you know? Tip of the day.", List.of()));
        discord.remember(DiscordPayloads.message(Snowflakes.now(), thread, COMMUNITY, (ObjectNode) READER.get("user"), "",
                List.of()));
        String followUp = Snowflakes.now();

        discord.dispatch("MESSAGE_CREATE", DiscordPayloads.guildMessage(followUp, THREAD, COMMUNITY, ASKER,
                "<@" + bot + "> and how long does the old secret stay valid?", List.of(FakeDiscord.botUser())));

        RecordedCall reply = discord.await("the reply in the thread", c -> c.is("POST", "channels/" + thread + "/messages"));
        assertThat(reply.body().at("/message_reference/message_id").asText()).isEqualTo(followUp);
        assertThat(reply.embed().path("description").asText()).isNotBlank();
        Question question = asked.stream().filter(q -> q.text().contains("old secret stay valid")).findFirst().orElseThrow();
        assertThat(question.text()).isEqualTo("and how long does the old secret stay valid?");
        assertThat(question.threadHistory()).containsExactly(ThreadMessage.byPerson("how do I rotate the webhook signing secret?"),
                ThreadMessage.byDocent("Click **Roll secret**. [1]"));
        assertThat(question.place().channel()).as("a thread follows its channel's settings").isEqualTo(HELP.get("id").asText());
        assertPingsOnlyWhomItMeans(reply);
    }

    @Test
    void otherBotsAreIgnoredSoBotsNeverTalkInALoop() {
        String fromBot = Snowflakes.now();
        discord.dispatch("MESSAGE_CREATE", DiscordPayloads.guildMessage(fromBot, HELP, COMMUNITY, OTHER_BOT,
                "<@" + FakeDiscord.BOT_ID + "> how do I rotate the webhook signing secret?", List.of(FakeDiscord.botUser())));
        String fromPerson = Snowflakes.now();
        discord.dispatch("MESSAGE_CREATE", DiscordPayloads.guildMessage(fromPerson, HELP, COMMUNITY, READER,
                "<@" + FakeDiscord.BOT_ID + "> how do I rotate the webhook signing secret?", List.of(FakeDiscord.botUser())));

        discord.await("the reply to the person", c -> repliesTo(c, fromPerson));
        assertThat(discord.calls(c -> repliesTo(c, fromBot))).isEmpty();
    }

    @Test
    void aRateLimitedReplyIsRetriedAndDelivered() {
        String channel = HELP.get("id").asText();
        discord.rateLimitNext("POST channels/" + channel + "/messages");
        String question = Snowflakes.now();
        discord.dispatch("MESSAGE_CREATE", DiscordPayloads.guildMessage(question, HELP, COMMUNITY, READER,
                "<@" + FakeDiscord.BOT_ID + "> can I use zapier on the free plan", List.of(FakeDiscord.botUser())));

        List<RecordedCall> attempts = discord.awaitCount("the reply, retried", c -> repliesTo(c, question), 2);
        assertThat(attempts).extracting(RecordedCall::status).containsExactly(429, 200);
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    }

    @Test
    void aDuplicateInteractionIsAnsweredOnce() {
        Interaction ask = ask(COMMUNITY, HELP, READER, "how do I export submissions to CSV?");
        discord.dispatch("INTERACTION_CREATE", ask.payload());   // the gateway replays it
        discord.await("the answer", ask::editsOriginal);
        Interaction later = ask(COMMUNITY, HELP, READER, "how do I rotate the webhook signing secret?");
        discord.await("the answer to a later question", later::editsOriginal);

        // Each delivery is acknowledged at once (Discord's 3 s); the ledger is asked after that, so
        // the replay is acknowledged too - and answered by nobody.
        assertThat(discord.calls(ask::callback)).isNotEmpty();
        assertThat(discord.calls(ask::editsOriginal)).hasSize(1);
    }

    @Test
    void helpfulVotesCountOncePerReader() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER, "how do I rotate the webhook signing secret?");
        JsonNode answer = discord.await("the answer", ask::editsOriginal).message();
        String helpful = buttonId(answer, "Helpful");

        Interaction first = click(READER, helpful, ask);
        assertThat(discord.await("the thanks", first::editsOriginal).content()).startsWith("Thanks");
        Interaction second = click(READER, helpful, ask);

        assertThat(discord.await("the second vote's reply", second::editsOriginal).content())
                .isEqualTo(Notices.ALREADY_VOTED);
        assertThat(discord.await("the deferred click", first::callback).body().at("/data/flags").asInt() & 64)
                .as("ephemeral").isEqualTo(64);
    }

    @Test
    void talkToAHumanPostsOneCaseThatPingsOnlyTheSupportRole() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER, "how do I rotate the webhook signing secret?");
        JsonNode answer = discord.await("the answer", ask::editsOriginal).message();
        String human = buttonId(answer, "Talk to a human");
        String answerId = human.substring(human.lastIndexOf(':') + 1);

        Interaction click = click(ASKER, human, ask);
        RecordedCall posted = discord.await("the case", c -> isCase(c, answerId));
        Interaction again = click(READER, human, ask);

        assertThat(posted.content()).startsWith("<@&" + SUPPORT_ROLE + ">");
        JsonNode mentions = posted.body().get("allowed_mentions");
        assertThat(mentions.get("parse")).isEmpty();
        assertThat(mentions.get("roles")).extracting(JsonNode::asText).containsExactly(SUPPORT_ROLE);
        assertThat(mentions.has("users")).isFalse();
        assertThat(mentions.get("replied_user").asBoolean()).isFalse();
        String kase = posted.embed().toString();
        assertThat(kase).contains("how do I rotate the webhook signing secret?")
                .contains("<@" + ASKER.at("/user/id").asText() + ">")
                .contains("https://discord.com/channels/" + COMMUNITY + "/" + HELP.get("id").asText() + "/")
                .contains("Roll secret")
                .contains("The asker asked to talk to a person.")
                .contains("Intent");
        assertThat(discord.await("what happens next", click::editsOriginal).content())
                .isEqualTo(Notices.LOOPED_IN);
        assertThat(discord.await("the second click's reply", again::editsOriginal).content())
                .isEqualTo(Notices.ALREADY_LOOPED_IN);
        assertThat(discord.calls(c -> isCase(c, answerId))).hasSize(1);
    }

    @Test
    void aRequestTheDocsDoNotSettleIsHandedToTheModeratorsByThePolicy() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER, "Please add a dark mode to the form builder, it would help us a lot.");

        RecordedCall answer = discord.await("the answer", ask::editsOriginal);
        String answerId = answerIdOf(answer.message(), "A person has been asked");
        RecordedCall posted = discord.await("the case", c -> isCase(c, answerId));

        assertThat(answer.content()).isEqualTo(Notices.LOOPED_IN);
        assertThat(answer.message().at("/components/0/components/2/disabled").asBoolean()).isTrue();
        assertThat(posted.embed().toString()).contains("feature_request").contains("Docent (escalation policy)");
        assertPingsOnlyWhomItMeans(posted);
    }

    @Test
    void peopleAskingMuchTheSameJoinOneCaseThatCountsThemInsteadOfPingingAgain() {
        Interaction first = ask(COMMUNITY, HELP, ASKER, "Please add a PDF export of form results, we need it for our audits.");
        String firstId = answerIdOf(discord.await("the first answer", first::editsOriginal).message(), "A person has been asked");
        RecordedCall kase = discord.await("the case", c -> isCase(c, firstId));
        Interaction again = ask(COMMUNITY, HELP, READER, "please add a PDF export of form results - we need it for our audits");
        String againId = answerIdOf(discord.await("the second answer", again::editsOriginal).message(), "A person has been asked");

        String caseMessage = "channels/" + MODERATORS.get("id").asText() + "/messages/" + kase.responseId();
        RecordedCall counted = discord.await("the case's new count", c -> c.is("PATCH", caseMessage));
        RecordedCall joined = discord.await("the reply to the case", c -> repliesTo(c, kase.responseId()));
        assertThat(counted.content()).endsWith("1 more person asked this.");
        assertThat(joined.content()).startsWith("Also asked by <@" + READER.at("/user/id").asText() + ">");
        assertPingsOnlyWhomItMeans(joined);
        assertThat(discord.calls(c -> isCase(c, againId))).isEmpty();
    }

    @Test
    void aModeratorsReplySavedAsTheAnswerReachesTheCommunityOnceItIsPublished() {
        Interaction request = ask(COMMUNITY, HELP, ASKER, "Please add a Klingon translation of the form builder, our club needs it.");
        String caseId = answerIdOf(discord.await("the answer", request::editsOriginal).message(), "A person has been asked");
        RecordedCall kase = discord.await("the case", c -> isCase(c, caseId));
        String answer = "Klingon is not planned. Forms can still be translated by hand: duplicate the form and "
                + "retype its questions in Klingon.";
        ObjectNode reply = DiscordPayloads.message(Snowflakes.now(), MODERATORS.get("id").asText(), COMMUNITY,
                (ObjectNode) MODERATOR.get("user"), answer, List.of());
        reply.putObject("message_reference").put("message_id", kase.responseId())
                .put("channel_id", MODERATORS.get("id").asText()).put("guild_id", COMMUNITY);

        // Docent notes where the case went once Discord has taken it: a reply is found from then on.
        Await.until("the case's place recorded", () -> runtime.elasticsearch().call(c -> c.exists(e -> e
                .index(ElasticsearchEscalationCases.MESSAGES).id(MODERATORS.get("id").asText() + "/" + kase.responseId()))).value());
        Interaction byReader = saveAsAnswer(READER, reply);
        Interaction byModerator = saveAsAnswer(MODERATOR, reply);

        assertThat(discord.await("the reader's outcome", byReader::editsOriginal).content()).isEqualTo(Notices.TEACH_NOT_ALLOWED);
        assertThat(discord.await("the moderator's outcome", byModerator::editsOriginal).content()).isEqualTo(Notices.TAUGHT);
        Interaction internal = ask(COMMUNITY, HELP, READER, "Is the form builder available in Klingon?");
        assertThat(discord.await("the answer in public", internal::editsOriginal).embed().toString())
                .as("an internal team answer never reaches a public place").doesNotContain("Team answer");

        runtime.teamAnswers().save(runtime.teamAnswers().find(caseId).orElseThrow().withPublished(true));
        Interaction published = ask(COMMUNITY, HELP, READER, "Is the form builder available in Klingon?");
        String shown = discord.await("the answer once published", published::editsOriginal).embed().toString();
        assertThat(shown).contains("Klingon is not planned").contains("Team answer, ")
                .contains("https://discord.com/channels/" + COMMUNITY + "/" + MODERATORS.get("id").asText() + "/"
                        + reply.get("id").asText());
    }

    private static Interaction saveAsAnswer(ObjectNode member, ObjectNode target) {
        String id = Snowflakes.now();
        String token = FakeDiscord.token();
        ObjectNode payload = DiscordPayloads.messageCommand(id, token, COMMUNITY, MODERATORS, member, "Save as answer", target);
        Instant sent = Instant.now();
        discord.dispatch("INTERACTION_CREATE", payload);
        return new Interaction(id, token, payload, sent);
    }

    @Test
    void aQuestionTheDocsCannotAnswerOffersAPersonAndPagesNobody() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER, "What is the airspeed velocity of an unladen swallow?");

        RecordedCall answer = discord.await("the answer", ask::editsOriginal);
        String answerId = answerIdOf(answer.message(), "Talk to a human");

        assertThat(answer.embed().path("description").asText()).contains("could not find");
        assertThat(answer.message().at("/components/0/components/2/disabled").asBoolean()).isFalse();
        assertThat(discord.calls(c -> isCase(c, answerId))).as("no case before anyone asks for a person").isEmpty();
    }

    @Test
    void everyoneInADocOrAQuestionPingsNobodyAndNoLongerLooksLikeAPing() {
        Interaction ask = ask(COMMUNITY, HELP, ASKER,
                "@here <@&" + SUPPORT_ROLE + "> how do I stop a Zap from pinging @everyone in our Discord channel?");

        RecordedCall answer = discord.await("the answer", ask::editsOriginal);

        String shown = answer.message().toString();
        assertThat(answer.embed().path("description").asText()).contains("@\u200Beveryone");
        assertThat(answer.embed().path("title").asText()).contains("@\u200Bhere").contains("<@\u200B&" + SUPPORT_ROLE + ">");
        assertThat(shown).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@&");
        assertPingsOnlyWhomItMeans(answer);
    }

    @Test
    void internalRunbookIsNeverCitedInTheCommunityGuild() {
        Interaction inStaff = ask(STAFF, TEAM, ENGINEER, RUNBOOK_QUESTION);
        Interaction inCommunity = ask(COMMUNITY, HELP, READER, RUNBOOK_QUESTION);

        String staffAnswer = discord.await("the staff answer", inStaff::editsOriginal).message().toString();
        String communityAnswer = discord.await("the community answer", inCommunity::editsOriginal).message().toString();

        assertThat(staffAnswer).contains("runbooks.formwell.internal");
        assertThat(communityAnswer).doesNotContain("runbooks.formwell.internal").doesNotContain("admin.formwell.internal");
    }

    @Test
    void reindexByANonAdminIsRefusedPrivately() {
        Interaction reindex = command(COMMUNITY, HELP, READER, MEMBER_PERMISSIONS, "reindex", null, null);

        RecordedCall refusal = discord.await("the refusal", reindex::callback);

        assertThat(refusal.body().path("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(refusal.content()).isEqualTo(Notices.NOT_ADMIN);
        assertPingsOnlyWhomItMeans(refusal);
    }

    @Test
    void reindexByAnAdminShowsProgressEditedInPlaceThenASummary() {
        Interaction reindex = command(COMMUNITY, HELP, ADMIN, MEMBER_PERMISSIONS, "reindex", null, null);

        RecordedCall deferred = discord.await("the deferred reply", reindex::callback);
        RecordedCall summary = discord.await("the summary",
                c -> reindex.editsOriginal(c) && c.content().startsWith("Reindex finished"));
        List<RecordedCall> edits = discord.calls(reindex::editsOriginal);

        assertThat(deferred.body().at("/data/flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(edits.size()).as("progress edits before the summary").isGreaterThan(1);
        assertThat(edits.getFirst().content()).contains("Reindexing **" + FAQ + "**").contains("of 12 documents");
        assertThat(edits.getLast()).isEqualTo(summary);
        assertThat(summary.content()).contains("**" + FAQ + "**: 12 added").contains("took");
        assertThat(discord.calls(c -> c.is("POST", "channels/\\d+/messages") && c.content().contains("Reindex")))
                .as("one message, edited in place").isEmpty();
        edits.forEach(DiscordAdapterTest::assertPingsOnlyWhomItMeans);
    }

    @Test
    void reindexOfAKnowledgeBaseThisChannelCannotReindexIsRefused() {
        Interaction reindex = command(COMMUNITY, HELP, ADMIN, MEMBER_PERMISSIONS, "reindex", "knowledge-base", RUNBOOKS);

        String shown = discord.await("the refusal", reindex::editsOriginal).content();

        assertThat(shown).contains("is not a knowledge base this channel can reindex").contains(FAQ);
    }

    @Test
    void statusIsShownToMembersWhoMayManageTheServer() {
        Interaction status = command(COMMUNITY, HELP, MANAGER, MEMBER_PERMISSIONS | MANAGE_SERVER, "status", null, null);

        String shown = discord.await("the status", status::editsOriginal).content();

        assertThat(shown).contains("**sample**").contains("**" + FAQ + "**").contains("passages").doesNotContain(RUNBOOKS);
    }

    // ---- helpers ----

    record Interaction(String id, String token, ObjectNode payload, Instant sent) {

        boolean callback(RecordedCall call) {
            return call.is("POST", "interactions/" + id + "/" + token + "/callback");
        }

        boolean editsOriginal(RecordedCall call) {
            return call.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original");
        }
    }

    private static Interaction ask(String guild, ObjectNode channel, ObjectNode member, String question) {
        return command(guild, channel, member, MEMBER_PERMISSIONS, "ask", "question", question);
    }

    private static Interaction command(String guild, ObjectNode channel, ObjectNode member, long permissions,
                                       String subcommand, String option, String value) {
        String id = Snowflakes.now();
        String token = FakeDiscord.token();
        ObjectNode payload = DiscordPayloads.slashCommand(id, token, guild, channel, member, permissions, subcommand, option, value);
        Instant sent = Instant.now();
        discord.dispatch("INTERACTION_CREATE", payload);
        return new Interaction(id, token, payload, sent);
    }

    private static Interaction click(ObjectNode member, String customId, Interaction answered) {
        String id = Snowflakes.now();
        String token = FakeDiscord.token();
        ObjectNode message = DiscordPayloads.message(Snowflakes.now(), HELP.get("id").asText(), COMMUNITY,
                FakeDiscord.botUser(), "", List.of());
        Instant sent = Instant.now();
        discord.dispatch("INTERACTION_CREATE",
                DiscordPayloads.buttonClick(id, token, COMMUNITY, HELP, member, customId, message));
        return new Interaction(id, token, message, sent);
    }

    private static String buttonId(JsonNode message, String label) {
        List<String> ids = new ArrayList<>();
        for (JsonNode button : message.at("/components/0/components")) {
            if (button.path("label").asText().equals(label)) {
                ids.add(button.path("custom_id").asText());
            }
        }
        assertThat(ids).as("a button labelled " + label).hasSize(1);
        return ids.getFirst();
    }

    /** The answer's id, carried by its button with this label. */
    private static String answerIdOf(JsonNode message, String label) {
        String button = buttonId(message, label);
        return button.substring(button.lastIndexOf(':') + 1);
    }

    private static boolean repliesTo(RecordedCall call, String messageId) {
        return call.is("POST", "channels/\\d+/messages") && call.body().at("/message_reference/message_id").asText().equals(messageId);
    }

    private static boolean isCase(RecordedCall call, String answerId) {
        return call.is("POST", "channels/" + MODERATORS.get("id").asText() + "/messages")
                && call.embed().path("footer").path("text").asText().contains(answerId);
    }

    /**
     * Nobody is pinged by anything Docent sends, except the support role by a new case in the
     * moderators' channel (not by a reply to a case, nor by an edit of one).
     */
    private static void assertPingsOnlyWhomItMeans(RecordedCall call) {
        JsonNode mentions = call.message().get("allowed_mentions");
        assertThat(mentions).as("allowed_mentions of " + call).isNotNull();
        assertThat(mentions.get("parse")).as("parse of " + call).isEmpty();
        assertThat(mentions.path("users")).as("users of " + call).isEmpty();
        assertThat(mentions.path("replied_user").asBoolean(false)).as("replied_user of " + call).isFalse();
        boolean isCase = call.is("POST", "channels/" + MODERATORS.get("id").asText() + "/messages")
                && call.body().path("message_reference").isMissingNode();
        if (isCase) {
            assertThat(mentions.get("roles")).extracting(JsonNode::asText).containsExactly(SUPPORT_ROLE);
        } else {
            assertThat(mentions.path("roles")).as("roles of " + call).isEmpty();
        }
    }
}
