package dev.docent.core.knowledge;

import co.elastic.clients.elasticsearch.cat.aliases.AliasesRecord;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.elasticsearch.IndexLayout;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The knowledge bases that exist, as Elasticsearch knows them: one alias per knowledge base.
 * Asking Elasticsearch rather than a local list keeps every bot replica in agreement.
 */
public final class KnowledgeBaseCatalog {

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public KnowledgeBaseCatalog(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    public Set<String> names() {
        List<AliasesRecord> aliases = elasticsearch.call(c -> c.cat()
                .aliases(a -> a.name(KnowledgeBaseIndices.ALIAS_PREFIX + "*"))
                .aliases());
        Set<String> names = new TreeSet<>();
        aliases.stream()
                .map(AliasesRecord::alias)
                .filter(Objects::nonNull)
                .map(KnowledgeBaseIndices::knowledgeBaseOf)
                .filter(Objects::nonNull)
                .forEach(names::add);
        return names;
    }

    /**
     * The knowledge bases a question that names none is answered from: all of them but the ones
     * Docent's measurements indexed ({@link MeasurementKnowledgeBases}).
     */
    public Set<String> answeringByDefault() {
        Set<String> names = names();
        names.removeIf(MeasurementKnowledgeBases::isMeasurement);
        return names;
    }

    /** Returns the given names if they all exist; otherwise fails with the list of known ones. */
    public Set<String> require(Collection<String> wanted) {
        Set<String> known = names();
        List<String> unknown = wanted.stream().filter(n -> !known.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownKnowledgeBaseException(unknown, known);
        }
        return Set.copyOf(wanted);
    }

    /**
     * Creates the knowledge base's first index and alias unless it exists; returns the alias. An
     * index an older Docent created gets the fields added since: its strict mapping would refuse a
     * passage that carries them. Its schema version stays as it was, so the next reindex still
     * rebuilds what the indexer wrote in it.
     */
    public String createIfAbsent(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        boolean exists = elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value());
        if (exists) {
            elasticsearch.addFields(alias, IndexSchema.mapping());
        } else {
            String index = KnowledgeBaseIndices.newVersion(knowledgeBase, clock);
            elasticsearch.call(c -> c.indices().create(r -> r
                    .index(index)
                    .settings(IndexLayout.settings())
                    .mappings(IndexSchema.mapping())
                    .aliases(alias, a -> a.isWriteIndex(true))));
        }
        return alias;
    }

    public long passageCount(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return elasticsearch.call(c -> c.count(r -> r.index(alias)).count());
    }
}
