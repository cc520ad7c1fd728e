package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One declared knowledge base.
 *
 * @param visibility  {@code public} (default) may be cited anywhere; {@code internal} only in places
 *                    the configuration marks private
 * @param description what it holds, shown by listings
 * @param sources     where its documents come from ({@code docent index --kb <name>} reads them all)
 */
public record KnowledgeBaseConfig(
        @JsonProperty("visibility") Audience visibility,
        @JsonProperty("description") String description,
        @JsonProperty("sources") List<SourceConfig> sources) {

    public KnowledgeBaseConfig {
        visibility = visibility == null ? Audience.PUBLIC : visibility;
        description = description == null ? "" : description;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A knowledge base declared with its visibility, and sources to reindex it from, if any. */
    public static KnowledgeBaseConfig of(Audience visibility, SourceConfig... sources) {
        return new KnowledgeBaseConfig(visibility, "", List.of(sources));
    }

    /** Who may read a knowledge base's passages. */
    public enum Audience {
        @JsonProperty("public") PUBLIC,
        @JsonProperty("internal") INTERNAL
    }
}
