package dev.docent.core.index;

import dev.docent.core.knowledge.KnowledgeBaseName;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

/**
 * How knowledge bases map to Elasticsearch names. Each knowledge base is read through an alias,
 * {@code docent-kb-<name>}, that points at one versioned index, {@code docent-kb-<name>-<version>};
 * a rebuild writes a new version and moves the alias, so readers never see a half-built index.
 */
public final class KnowledgeBaseIndices {

    public static final String ALIAS_PREFIX = "docent-kb-";

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private KnowledgeBaseIndices() {
    }

    public static String alias(String knowledgeBase) {
        return ALIAS_PREFIX + KnowledgeBaseName.require(knowledgeBase);
    }

    public static List<String> aliases(Collection<String> knowledgeBases) {
        return knowledgeBases.stream().sorted().map(KnowledgeBaseIndices::alias).toList();
    }

    public static String newVersion(String knowledgeBase, Clock clock) {
        return alias(knowledgeBase) + "-" + VERSION.format(clock.instant());
    }

    /** The knowledge base an alias serves, or null if the alias is not one of Docent's. */
    public static String knowledgeBaseOf(String alias) {
        if (!alias.startsWith(ALIAS_PREFIX)) {
            return null;
        }
        String name = alias.substring(ALIAS_PREFIX.length());
        return KnowledgeBaseName.isValid(name) ? name : null;
    }
}
