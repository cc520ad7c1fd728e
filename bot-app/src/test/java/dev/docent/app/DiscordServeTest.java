package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.discord.DiscordPayloads;
import dev.docent.app.discord.FakeDiscord;
import dev.docent.app.discord.Snowflakes;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.DiscordPlatforms;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.app.server.DocentService;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.error.UnavailableException;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code docent serve} starts Discord beside the HTTP server when DISCORD_TOKEN is set, and only then. */
@EmbeddedElasticsearchTest
class DiscordServeTest {

    static final String GUILD = "1500000000000000001";
    /** On the other shard of two: guild ids go to shard (id >> 22) % shards. */
    static final String OTHER_SHARDS_GUILD = "1500000000004194305";

    ElasticsearchEndpoint elasticsearch;

    @Test
    void serveConnectsToDiscordAndReportsItInHealthWhenATokenIsSet() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(List.of(guild(GUILD)));
             DocentRuntime runtime = runtime();
             DocentService service = serve(runtime, discord)) {
            assertThat(service.platformNames()).containsExactly("discord");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"discord\":\"up\"");
            discord.await("the token check", c -> c.is("GET", "users/@me"));
        }
    }

    @Test
    void withTheShardsDiscordRecommendsEachGuildIsServedByItsOwnShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(List.of(guild(GUILD), guild(OTHER_SHARDS_GUILD)));
             DocentRuntime runtime = runtime()) {
            discord.recommendShards(2);
            try (DocentService service = serve(runtime, discord)) {
                assertThat(discord.identifiedShards()).containsExactlyInAnyOrder(new FakeDiscord.Shard(0, 2),
                        new FakeDiscord.Shard(1, 2));
                for (String guild : List.of(GUILD, OTHER_SHARDS_GUILD)) {
                    String token = FakeDiscord.token();
                    discord.dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(Snowflakes.now(), token, guild,
                            channel(guild), DiscordPayloads.member(DiscordPayloads.user("1500000000000000040", "asker", false)),
                            DiscordPayloads.MEMBER_PERMISSIONS, "ask", "question", "how do I export my forms?"));
                    discord.await("the answer in guild " + guild,
                            c -> c.is("PATCH", "webhooks/\\d+/" + token + "/messages/@original"));
                }
                assertThat(service.platformNames()).containsExactly("discord");
            }
        }
    }

    @Test
    void withoutATokenDiscordStaysOff() {
        assertThat(DiscordPlatforms.fromEnvironment(Map.of("DISCORD_API_URL", "http://127.0.0.1:1/api/v10/"), null, null)).isEmpty();
    }

    @Test
    void aRefusedTokenStopsServeWithAClearMessage() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(List.of(guild(GUILD)));
             DocentRuntime runtime = runtime()) {
            discord.refuseTokens();
            assertThatThrownBy(() -> serve(runtime, discord).close())
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("Discord refused DISCORD_TOKEN");
        }
    }

    private DocentRuntime runtime() {
        return DocentRuntime.using(RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())),
                SampleFixture.model());
    }

    private static DocentService serve(DocentRuntime runtime, FakeDiscord discord) {
        Map<String, String> env = Map.of("DISCORD_TOKEN", "fake-token", "DISCORD_API_URL", discord.apiUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl());
        return DocentService.start("127.0.0.1", 0, runtime.elasticsearch(),
                (desk, metrics) -> DiscordPlatforms.fromEnvironment(env, desk, metrics),
                metrics -> runtime.supportDesk(DocentConfig.empty(), new SourceFactory(Path.of("."), Path.of("target", "git-checkouts")), metrics));
    }

    private static ObjectNode guild(String id) {
        ObjectNode bot = DiscordPayloads.member(FakeDiscord.botUser());
        return DiscordPayloads.guild(id, "A guild", FakeDiscord.BOT_ID,
                List.of(DiscordPayloads.role(id, "@everyone", DiscordPayloads.MEMBER_PERMISSIONS, 0, false)),
                List.of(bot), List.of(channel(id)), List.of());
    }

    /** The guild's one text channel: its id is the guild's plus 9. */
    private static ObjectNode channel(String guild) {
        return DiscordPayloads.textChannel(Long.toString(Long.parseLong(guild) + 9), "general", 0);
    }
}
