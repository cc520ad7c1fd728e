package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.CITED_PAGES;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.docent.core.answer.PageReference;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pages report: citations counted per page over the answers in scope, against every page the
 * knowledge bases in scope have. Each answer counts once per page it cites.
 */
public final class PagesQuery {

    /** Enough rows to act on; the rest is a long tail. */
    public static final int TOP = 20;
    /** Elasticsearch's default bucket limit is far above this; a docs site with more cited pages is rare. */
    private static final int ALL = 10_000;

    private final ElasticsearchConnection elasticsearch;
    private final Supplier<Set<String>> knowledgeBases;
    private final KnowledgeBasePages pages;
    private final DownVotedAnswers downVotes;

    /** @param knowledgeBases every knowledge base there is: whose pages can be listed, and all of them when the scope names none */
    public PagesQuery(ElasticsearchConnection elasticsearch, Supplier<Set<String>> knowledgeBases) {
        this.elasticsearch = elasticsearch;
        this.knowledgeBases = knowledgeBases;
        this.pages = new KnowledgeBasePages(elasticsearch);
        this.downVotes = new DownVotedAnswers(elasticsearch);
    }

    public PagesReport report(Scope scope) {
        Map<String, PageReference> known = new LinkedHashMap<>();
        Set<String> existing = knowledgeBases.get();
        List<String> inScope = scope.knowledgeBase().map(List::of).orElseGet(() -> List.copyOf(existing)).stream()
                .filter(existing::contains).sorted().toList();
        inScope.forEach(kb -> pages.of(kb).forEach(page -> known.put(page.key(), page)));

        Map<String, Long> cited = citations(scope.onAnswers(), ALL);
        List<PageReference> neverCited = known.values().stream().filter(page -> !cited.containsKey(page.key()))
                .sorted(Comparator.comparing(PageReference::knowledgeBase).thenComparing(PageReference::title)).toList();
        List<String> downVoted = downVotes.in(scope);
        List<PageCount> citedByDownVoted = List.of();
        if (!downVoted.isEmpty()) {
            List<Query> filters = new ArrayList<>(scope.onAnswers());
            filters.add(Query.of(q -> q.ids(i -> i.values(downVoted))));
            citedByDownVoted = top(citations(filters, TOP), known);
        }
        return new PagesReport(scope, top(cited, known), neverCited, citedByDownVoted);
    }

    private Map<String, Long> citations(List<Query> filters, int size) {
        SearchResponse<Void> response = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchAnswerLog.INDEX).size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("pages", a -> a.terms(t -> t.field(CITED_PAGES).size(size))), Void.class));
        return OverviewQuery.counts(response.aggregations().get("pages"));
    }

    private static List<PageCount> top(Map<String, Long> counts, Map<String, PageReference> known) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new PageCount(known.getOrDefault(e.getKey(), unknownPage(e.getKey())), e.getValue()))
                .toList();
    }

    /** A cited page its knowledge base no longer has (or one outside the scope): named by its path. */
    private static PageReference unknownPage(String key) {
        int colon = key.indexOf(':');
        String documentId = key.substring(colon + 1);
        return new PageReference(key.substring(0, Math.max(colon, 0)), documentId, documentId, null);
    }
}
