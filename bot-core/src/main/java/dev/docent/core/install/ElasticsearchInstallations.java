package dev.docent.core.install;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Instant;
import java.util.Optional;

/**
 * Installations in {@code docent-slack-installations}, one document per workspace (its id is the
 * team id), shared by every replica. The bot token is stored sealed by a {@link TokenCipher}: the
 * index, its snapshots and anyone who can read them never see a usable token.
 */
public final class ElasticsearchInstallations implements Installations {

    /** Only Slack hands out a token per workspace; a Discord bot has one token for every guild. */
    public static final String INDEX = "docent-slack-installations";

    private final ElasticsearchConnection elasticsearch;
    private final TokenCipher cipher;

    public ElasticsearchInstallations(ElasticsearchConnection elasticsearch, TokenCipher cipher) {
        this.elasticsearch = elasticsearch;
        this.cipher = cipher;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties("team", p -> p.keyword(k -> k))
                .properties("enterprise", p -> p.keyword(k -> k))
                .properties("installed_at", p -> p.date(d -> d))));
    }

    @Override
    public void save(Installation installation) {
        Stored stored = new Stored(installation.team(), installation.enterprise().orElse(null),
                cipher.seal(installation.botToken(), installation.team()), installation.botUserId(), installation.botId(),
                installation.appId(), installation.installerUser(), installation.scopes(), installation.installedAt().toString());
        elasticsearch.call(c -> c.index(i -> i.index(INDEX).id(installation.team()).document(stored).refresh(Refresh.WaitFor)));
    }

    @Override
    public Optional<Installation> find(String team) {
        GetResponse<Stored> found = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(team), Stored.class));
        if (!found.found() || found.source() == null) {
            return Optional.empty();
        }
        Stored stored = found.source();
        return Optional.of(new Installation(stored.team(), Optional.ofNullable(stored.enterprise()),
                cipher.open(stored.sealedBotToken(), stored.team()), stored.botUserId(), stored.botId(), stored.appId(),
                stored.installerUser(), stored.scopes(), Instant.parse(stored.installedAt())));
    }

    @Override
    public boolean remove(String team) {
        return elasticsearch.deleteIfPresent(INDEX, team, Refresh.WaitFor);
    }

    /** An installation as stored: the token sealed for its team. */
    record Stored(@JsonProperty("team") String team, @JsonProperty("enterprise") String enterprise,
                  @JsonProperty("bot_token_sealed") String sealedBotToken, @JsonProperty("bot_user_id") String botUserId,
                  @JsonProperty("bot_id") String botId, @JsonProperty("app_id") String appId,
                  @JsonProperty("installer_user") String installerUser, @JsonProperty("scopes") String scopes,
                  @JsonProperty("installed_at") String installedAt) {
    }
}
