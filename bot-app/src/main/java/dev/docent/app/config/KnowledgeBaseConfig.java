package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One declared knowledge base.
 *
 * @param visibility  {@code public} (default) may be cited anywhere; {@code internal} only in places
 *                    the configuration marks private
 * @param description what it holds, shown by listings
 */
public record KnowledgeBaseConfig(
        @JsonProperty("visibility") Audience visibility,
        @JsonProperty("description") String description) {

    public KnowledgeBaseConfig {
        visibility = visibility == null ? Audience.PUBLIC : visibility;
        description = description == null ? "" : description;
    }

    /** A knowledge base declared with only its visibility. */
    public static KnowledgeBaseConfig of(Audience visibility) {
        return new KnowledgeBaseConfig(visibility, "");
    }

    /** Who may read a knowledge base's passages. */
    public enum Audience {
        @JsonProperty("public") PUBLIC,
        @JsonProperty("internal") INTERNAL
    }
}
