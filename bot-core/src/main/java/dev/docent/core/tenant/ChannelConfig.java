package dev.docent.core.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.question.Visibility;
import java.util.List;

/**
 * Settings of one channel that differ from its tenant's.
 *
 * @param knowledgeBases what questions here may be answered from; null: the tenant's
 * @param visibility     whether the channel is public; null: the tenant's
 */
public record ChannelConfig(
        @JsonProperty("knowledgeBases") List<String> knowledgeBases,
        @JsonProperty("visibility") Visibility visibility) {

    public ChannelConfig {
        knowledgeBases = knowledgeBases == null ? null : List.copyOf(knowledgeBases);
    }
}
