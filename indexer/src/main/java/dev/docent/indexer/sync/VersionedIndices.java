package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.elasticsearch.IndexLayout;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A knowledge base's versioned indices ({@code docent-kb-<name>-<version>}) and the alias that
 * serves one of them: create a version, point the alias at it in one {@code _aliases} call,
 * delete versions nothing serves (the old one after a swap, leftovers of a crashed rebuild).
 */
public final class VersionedIndices {

    private static final Logger log = LoggerFactory.getLogger(VersionedIndices.class);

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public VersionedIndices(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    boolean aliasExists(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value());
    }

    /** The indices the alias points at now (one, unless someone edited the aliases by hand). */
    Set<String> served(String knowledgeBase) {
        if (!aliasExists(knowledgeBase)) {
            return Set.of();
        }
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return Set.copyOf(elasticsearch.call(c -> c.indices().getAlias(a -> a.name(alias))).aliases().keySet());
    }

    /** Every version of the knowledge base, served or not. */
    List<String> versions(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        // "docent-kb-docs-*" would also match knowledge base "docs-v2": keep exact versions only.
        Pattern version = Pattern.compile(Pattern.quote(alias) + "-\\d{8}-\\d{6}-\\d{3}");
        return elasticsearch.call(c -> c.indices().get(g -> g.index(alias + "-*").allowNoIndices(true)))
                .indices().keySet().stream().filter(name -> version.matcher(name).matches()).sorted().toList();
    }

    /** The mappings' {@code _meta} of the indices the alias serves, in one read. */
    public ServedMappings servedMappings(String knowledgeBase) {
        Set<String> served = served(knowledgeBase);
        if (served.isEmpty()) {
            return new ServedMappings(List.of());
        }
        var mappings = elasticsearch.call(c -> c.indices().getMapping(m -> m.index(List.copyOf(served)))).mappings();
        return new ServedMappings(mappings.values().stream()
                .map(m -> m.mappings().meta() == null ? Map.<String, JsonData>of() : m.mappings().meta())
                .toList());
    }

    /** A new version, saying in its mappings' {@code _meta} how its pages are read ({@link ServedMappings#readAs}). */
    String create(String knowledgeBase, String readAs) {
        String index = KnowledgeBaseIndices.newVersion(knowledgeBase, clock);
        elasticsearch.call(c -> c.indices().create(r -> r
                .index(index)
                .settings(IndexLayout.settings())
                .mappings(IndexSchema.mapping(Map.of(ServedMappings.READ_AS_META_KEY, readAs)))));
        return index;
    }

    /** Moves the alias from what it served to {@code index} in one atomic {@code _aliases} request. */
    void swap(String knowledgeBase, Set<String> from, String index) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        elasticsearch.call(c -> c.indices().updateAliases(u -> {
            for (String old : from) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
        }));
    }

    /** Deletes versions nothing serves; failures are logged, since what is served is already right. */
    void deleteUnserved(String knowledgeBase) {
        Set<String> served = served(knowledgeBase);
        for (String index : versions(knowledgeBase)) {
            if (!served.contains(index)) {
                deleteQuietly(index);
            }
        }
    }

    void deleteQuietly(String index) {
        try {
            elasticsearch.call(c -> c.indices().delete(d -> d.index(index)));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                log.atWarn().addKeyValue("index", index).addKeyValue("error", e.getMessage()).log("could not delete an unserved index");
            }
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("index", index).addKeyValue("error", e.getMessage()).log("could not delete an unserved index");
        }
    }

    long count(String index) {
        return elasticsearch.call(c -> c.count(r -> r.index(index)).count());
    }
}
