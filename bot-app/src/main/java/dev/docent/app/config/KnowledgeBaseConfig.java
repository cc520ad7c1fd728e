package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One declared knowledge base.
 *
 * @param audience    {@code public} (default) may be cited anywhere; {@code internal} only in places
 *                    that are private (formerly {@code visibility}, a word that belongs to places)
 * @param description what it holds, shown by listings
 * @param sources     where its documents come from ({@code docent index --kb <name>} reads them all)
 */
public record KnowledgeBaseConfig(
        @JsonProperty("audience") Audience audience,
        @JsonProperty("description") String description,
        @JsonProperty("sources") List<SourceConfig> sources) {

    public KnowledgeBaseConfig {
        audience = audience == null ? Audience.PUBLIC : audience;
        description = description == null ? "" : description;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A knowledge base declared with its audience, and sources to reindex it from, if any. */
    public static KnowledgeBaseConfig of(Audience audience, SourceConfig... sources) {
        return new KnowledgeBaseConfig(audience, "", List.of(sources));
    }

    /** Who may read a knowledge base's passages. */
    public enum Audience {
        @JsonProperty("public") PUBLIC,
        @JsonProperty("internal") INTERNAL
    }
}
