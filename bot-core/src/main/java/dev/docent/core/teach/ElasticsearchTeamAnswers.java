package dev.docent.core.teach;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Team answers in Elasticsearch: the record in {@code docent-team-answers} (what the admin page
 * reviews), and one passage in the tenant's team-answers knowledge base (what questions find). The
 * passage's title is "Team answer, <date>", its heading the question it answers, its text the
 * answer, its link the thread: a citation reads like any other, and a paraphrase of the question
 * finds it by words and by meaning.
 */
public final class ElasticsearchTeamAnswers implements TeamAnswers {

    public static final String INDEX = "docent-team-answers";
    private static final int LISTED = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ElasticsearchConnection elasticsearch;
    private final KnowledgeBaseCatalog catalog;
    private final EmbeddingModel passages;

    /** @param passages embeds passages (no query instruction), as the indexer does */
    public ElasticsearchTeamAnswers(ElasticsearchConnection elasticsearch, KnowledgeBaseCatalog catalog,
                                    EmbeddingModel passages) {
        this.elasticsearch = elasticsearch;
        this.catalog = catalog;
        this.passages = passages;
    }

    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties("tenant", p -> p.keyword(k -> k))
                .properties("published", p -> p.boolean_(b -> b))
                .properties("retired", p -> p.boolean_(b -> b))
                .properties("time", p -> p.date(d -> d))));
    }

    @Override
    public void save(TeamAnswer answer) {
        elasticsearch.call(c -> c.index(i -> i.index(INDEX).id(answer.id()).document(answer).refresh(
                Refresh.True)));
        String documentId = "team-answer/" + answer.id();
        // It may have moved (published, retired): take it out of wherever it was, then put it where it now belongs.
        Set<String> existing = catalog.names();
        for (String knowledgeBase : List.of(TeamAnswerBases.internal(answer.tenant()), TeamAnswerBases.published(answer.tenant()))) {
            if (existing.contains(knowledgeBase)) {
                String id = IndexedPassage.id(knowledgeBase, documentId, 0);
                elasticsearch.call(c -> c.delete(d -> d.index(KnowledgeBaseIndices.alias(knowledgeBase)).id(id)
                        .refresh(Refresh.True)));
            }
        }
        if (answer.retired()) {
            return;
        }
        String knowledgeBase = TeamAnswerBases.of(answer);
        String alias = catalog.createIfAbsent(knowledgeBase);
        IndexedPassage passage = IndexedPassage.of(knowledgeBase, documentId, 0, 1, "Team answer, " + DAY.format(answer.time()),
                List.of(answer.question()), answer.answer(), answer.threadLink().orElse(""),
                Integer.toHexString(Objects.hash(answer.question(), answer.answer())),
                passages.embed(answer.question() + "\n" + answer.answer()).content().vector());
        elasticsearch.call(c -> c.index(i -> i.index(alias).id(passage.id()).document(passage)
                .refresh(Refresh.True)));
    }

    @Override
    public Optional<TeamAnswer> find(String id) {
        GetResponse<TeamAnswer> response = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(id), TeamAnswer.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    @Override
    public List<TeamAnswer> list(Optional<String> tenant) {
        return elasticsearch.call(c -> c.search(s -> s.index(INDEX).size(LISTED)
                        .query(q -> tenant.map(t -> q.term(term -> term.field("tenant").value(t))).orElseGet(() -> q.matchAll(a -> a)))
                        .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc))), TeamAnswer.class))
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }
}
