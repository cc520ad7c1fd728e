package dev.docent.core.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.question.Visibility;
import java.util.List;
import java.util.Map;

/**
 * One tenant - a Slack workspace (team id) or a Discord guild (guild id) - as docent.yml declares it.
 *
 * @param knowledgeBases what its places may be answered from; null: the default knowledge bases
 * @param visibility     its channels' visibility unless a channel says otherwise; null: what the
 *                       platform reports (Slack: private; Discord guilds: public)
 */
public record TenantConfig(
        @JsonProperty("name") String name,
        @JsonProperty("knowledgeBases") List<String> knowledgeBases,
        @JsonProperty("visibility") Visibility visibility,
        @JsonProperty("channels") Map<String, ChannelConfig> channels,
        @JsonProperty("admins") Admins admins,
        @JsonProperty("escalation") EscalationTarget escalation) {

    public TenantConfig {
        knowledgeBases = knowledgeBases == null ? null : List.copyOf(knowledgeBases);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        admins = admins == null ? Admins.none() : admins;
    }
}
