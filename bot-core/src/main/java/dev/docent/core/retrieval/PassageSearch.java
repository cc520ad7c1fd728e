package dev.docent.core.retrieval;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SearchType;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The two searches hybrid retrieval fuses: BM25 over the page title, the heading path, the text
 * and the identifier field, summed (a passage matching the question in its title and its text
 * scores for both), and kNN over the passage embeddings. Both are restricted to the given knowledge
 * bases twice over: only their aliases are searched, and a filter on the knowledge base field is
 * part of the query itself. They return ids, document ids, page titles and URLs only: loading and
 * sending the text of every candidate took most of a search's time (SciFact, 100 candidates: kNN
 * p50 14 ms with the text, 5 ms without), and only the few chosen are read ({@link #passages}).
 */
public final class PassageSearch {

    private static final List<String> ANALYSED_FIELDS = List.of(IndexSchema.TEXT, IndexSchema.HEADINGS, IndexSchema.TITLE);
    private static final List<String> HIT_FIELDS = List.of(IndexSchema.TITLE, IndexSchema.URL, IndexSchema.HEADINGS,
            IndexSchema.PAGE_PASSAGES);
    /** A pasted stack trace names dozens of things; the first few are what the asker wrote about. */
    private static final int MAX_HEADING_IDENTIFIERS = 12;
    private static final String HEADING_MATCH = "heading:";
    private static final String SPELLING = "spelling";
    private static final String COUNTS = "counts";
    /** One letter away from a shorter name is another name ("no-new" and "no-var"), not a typo of it. */
    private static final int MIN_FUZZY_NAME_LENGTH = 6;
    /** A word this short is looked for as written: as a beginning, "AI" would be found in "aim". */
    private static final int MAX_EXACT_WORD_LENGTH = 4;
    /** Shorter words are one letter away from too many others ("weird", "were"). */
    private static final int MIN_MISSPELT_LENGTH = 5;
    private static final int SUGGESTIONS_PER_WORD = 3;

    private final ElasticsearchConnection elasticsearch;

    public PassageSearch(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** BM25 for a plain text: what benchmarks and tests of the lexical search alone use. */
    public CompletableFuture<List<SearchHit>> lexical(String text, Set<String> knowledgeBases, int size) {
        return lexical(SearchQuery.of(text), knowledgeBases, size);
    }

    public CompletableFuture<List<SearchHit>> lexical(SearchQuery query, Set<String> knowledgeBases, int size) {
        if (knowledgeBases.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Query> fields = new ArrayList<>();
        for (String field : ANALYSED_FIELDS) {
            fields.add(Query.of(q -> q.match(m -> m.field(field).query(query.text()))));
        }
        if (!query.identifiers().isEmpty()) {
            String names = String.join(" ", query.identifiers());
            fields.add(Query.of(q -> q.match(m -> m.field(IndexSchema.IDENTIFIERS).query(names))));
            fields.addAll(headingMatches(query.identifiers()));
        }
        SearchRequest request = SearchRequest.of(s -> base(s, knowledgeBases)
                .size(size)
                // Each knowledge base is its own index with its own term statistics: a small one
                // would score every word as common and sink below a large one. Distributed term
                // frequencies put them on one scale.
                .searchType(knowledgeBases.size() > 1 ? SearchType.DfsQueryThenFetch : SearchType.QueryThenFetch)
                .query(q -> q.bool(b -> b
                        .should(fields)
                        .minimumShouldMatch("1")
                        .filter(inKnowledgeBases(knowledgeBases)))));
        return elasticsearch.callAsync(c -> c.search(request, PageFields.class)).thenApply(PassageSearch::hits);
    }

    /**
     * One named clause per identifier: a section whose heading names the flag or option asked about
     * is where it is defined, so it scores (BM25 of the name in the headings) and joins the
     * candidates even when a long question's other words point elsewhere; and the hits say which
     * identifiers their headings name, for the page ranker to weigh.
     */
    private static List<Query> headingMatches(Set<String> identifiers) {
        return identifiers.stream().limit(MAX_HEADING_IDENTIFIERS)
                .map(name -> Query.of(q -> q.term(t -> t.field(IndexSchema.HEADING_IDENTIFIERS).value(name)
                        .queryName(HEADING_MATCH + name))))
                .toList();
    }

    /**
     * The words of a text that no passage's text holds, each with the closest few words that passages
     * do hold, closest first (Elasticsearch's term suggester, at most two letters away). A knowledge
     * base written before its text's words were indexed (schema 7) suggests none.
     */
    public CompletableFuture<List<Misspelling>> misspellings(String text, Set<String> knowledgeBases) {
        if (knowledgeBases.isEmpty() || text.isBlank()) {
            return CompletableFuture.completedFuture(List.of());
        }
        SearchRequest request = SearchRequest.of(s -> s.index(KnowledgeBaseIndices.aliases(knowledgeBases))
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(0)
                .suggest(suggest -> suggest.text(text).suggesters(SPELLING, f -> f.term(t -> t
                        .field(IndexSchema.TEXT_WORDS)
                        .suggestMode(SuggestMode.Missing)
                        .minWordLength(MIN_MISSPELT_LENGTH)
                        .size(SUGGESTIONS_PER_WORD)))));
        return elasticsearch.callAsync(c -> c.search(request, Void.class)).thenApply(response -> {
            List<Misspelling> misspellings = new ArrayList<>();
            for (Suggestion<Void> suggestion : response.suggest().getOrDefault(SPELLING, List.of())) {
                if (!suggestion.isTerm()) {
                    continue;
                }
                TermSuggest word = suggestion.term();
                for (TermSuggestOption option : word.options()) {
                    misspellings.add(new Misspelling(word.offset(), word.length(), word.text(), option.text(), option.score(), option.freq()));
                }
            }
            return misspellings;
        }).exceptionallyCompose(PassageSearch::noneWithoutWordsField);
    }

    /**
     * How many passages hold each phrase - a word, or words side by side - as BM25 reads the text: by
     * stem, so "autoincrement" is counted where a passage says "autoincrementing".
     */
    public CompletableFuture<Map<String, Long>> passageCounts(Collection<String> phrases, Set<String> knowledgeBases) {
        if (knowledgeBases.isEmpty() || phrases.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<String, Query> byPhrase = new LinkedHashMap<>();
        phrases.forEach(phrase -> byPhrase.put(phrase, Query.of(q -> q.matchPhrase(m -> m.field(IndexSchema.TEXT).query(phrase)))));
        return passageCounts(byPhrase, knowledgeBases);
    }

    /**
     * How many passages mention each name ({@link Identifiers} terms of a question) in their
     * identifier field, however the docs write it: as asked; joined ({@code ignore-rest-args} where
     * they say {@code ignoreRestArgs}); one letter away ({@code no-floating-promise}); as the end of
     * a longer name ({@code mark.usefixtures} of {@code pytest.mark.usefixtures}, {@code ts-comment}
     * of {@code ban-ts-comment}); or, for a dotted name, as the name it extends
     * ({@code tool.pytest.ini_options.markers}, where the docs name the table and its keys apart).
     */
    public CompletableFuture<Map<String, Long>> nameMentions(Collection<String> names, Set<String> knowledgeBases) {
        if (knowledgeBases.isEmpty() || names.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<String, Query> byName = new LinkedHashMap<>();
        names.forEach(name -> byName.put(name, mentionOf(name)));
        return passageCounts(byName, knowledgeBases);
    }

    /**
     * How many passages use each word, in their text in any form that starts as it does ("Europe"
     * where the docs write "European", "YubiKeys" where they write "YubiKey"; a word of four letters
     * or fewer only as written: "AI" is not "aim"), one letter away from it (a mistyped "suport"), or in
     * their page's title or headings.
     */
    public CompletableFuture<Map<String, Long>> wordMentions(Collection<String> words, Set<String> knowledgeBases) {
        if (knowledgeBases.isEmpty() || words.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<String, Query> byWord = new LinkedHashMap<>();
        words.forEach(word -> byWord.put(word, useOf(word.toLowerCase(Locale.ROOT))));
        return passageCounts(byWord, knowledgeBases);
    }

    private static Query useOf(String word) {
        List<Query> uses = new ArrayList<>();
        if (word.length() <= MAX_EXACT_WORD_LENGTH) {
            uses.add(Query.of(q -> q.term(t -> t.field(IndexSchema.TEXT_WORDS).value(word))));
        } else {
            uses.add(Query.of(q -> q.prefix(p -> p.field(IndexSchema.TEXT_WORDS).value(word.substring(0, word.length() - 1)))));
            uses.add(Query.of(q -> q.fuzzy(f -> f.field(IndexSchema.TEXT_WORDS).value(word).fuzziness("1"))));
        }
        for (String field : List.of(IndexSchema.TITLE, IndexSchema.HEADINGS)) {
            uses.add(Query.of(q -> q.match(m -> m.field(field).query(word))));
        }
        return Query.of(q -> q.bool(b -> b.should(uses).minimumShouldMatch("1")));
    }

    /** How many passages each query matches, by its key, in one request that returns no passages. */
    private CompletableFuture<Map<String, Long>> passageCounts(Map<String, Query> byKey, Set<String> knowledgeBases) {
        SearchRequest request = SearchRequest.of(s -> s.index(KnowledgeBaseIndices.aliases(knowledgeBases))
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(0)
                .query(q -> q.bool(b -> b.filter(inKnowledgeBases(knowledgeBases))))
                .aggregations(COUNTS, a -> a.filters(f -> f.filters(b -> b.keyed(byKey)))));
        return elasticsearch.callAsync(c -> c.search(request, Void.class)).thenApply(response -> {
            Map<String, Long> counts = new HashMap<>();
            Aggregate found = response.aggregations().get(COUNTS);
            if (found != null) {
                found.filters().buckets().keyed().forEach((key, bucket) -> counts.put(key, bucket.docCount()));
            }
            return counts;
        });
    }

    private static Query mentionOf(String name) {
        List<Query> forms = new ArrayList<>();
        forms.add(identifierTerm(name));
        String joined = name.replace("-", "").replace("_", "");
        if (!joined.equals(name) && !joined.isEmpty()) {
            forms.add(identifierTerm(joined));
        }
        if (name.length() >= MIN_FUZZY_NAME_LENGTH) {
            forms.add(Query.of(q -> q.fuzzy(f -> f.field(IndexSchema.IDENTIFIERS).value(name).fuzziness("1"))));
        }
        forms.add(Query.of(q -> q.regexp(r -> r.field(IndexSchema.IDENTIFIERS).value(".*[-./#:@]" + regexpLiteral(name)))));
        int lastDot = name.lastIndexOf('.');
        if (lastDot > 0 && name.lastIndexOf('.', lastDot - 1) > 0) {
            forms.add(identifierTerm(name.substring(0, lastDot)));
        }
        return Query.of(q -> q.bool(b -> b.should(forms).minimumShouldMatch("1")));
    }

    private static Query identifierTerm(String value) {
        return Query.of(q -> q.term(t -> t.field(IndexSchema.IDENTIFIERS).value(value)));
    }

    /** Every character but letters and digits escaped: Lucene's regular expressions give many of them a meaning. */
    private static String regexpLiteral(String text) {
        StringBuilder literal = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                literal.append('\\');
            }
            literal.appendCodePoint(c);
        });
        return literal.toString();
    }

    /**
     * A knowledge base written before its text's words were indexed has no such field, and
     * Elasticsearch refuses a suggestion over it: its questions are searched as asked until its next
     * reindex rebuilds it. Any other failure stays one.
     */
    private static CompletableFuture<List<Misspelling>> noneWithoutWordsField(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof ElasticsearchException refused && refused.status() == 400
                ? CompletableFuture.completedFuture(List.of()) : CompletableFuture.failedFuture(cause);
    }

    public CompletableFuture<List<SearchHit>> semantic(float[] vector, Set<String> knowledgeBases, int k, int candidates) {
        if (knowledgeBases.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Float> queryVector = toList(vector);
        SearchRequest request = SearchRequest.of(s -> base(s, knowledgeBases)
                .size(k)
                .knn(n -> n
                        .field(IndexSchema.EMBEDDING)
                        .queryVector(queryVector)
                        .k(k)
                        .numCandidates(Math.max(k, candidates))
                        .filter(inKnowledgeBases(knowledgeBases))));
        return elasticsearch.callAsync(c -> c.search(request, PageFields.class)).thenApply(PassageSearch::hits);
    }

    /** The passages with these ids (without their embeddings), by id; an id deleted meanwhile is absent. */
    public CompletableFuture<Map<String, IndexedPassage>> passages(List<String> ids, Set<String> knowledgeBases) {
        if (ids.isEmpty() || knowledgeBases.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        SearchRequest request = SearchRequest.of(s -> s.index(KnowledgeBaseIndices.aliases(knowledgeBases))
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(ids.size())
                .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids))).filter(inKnowledgeBases(knowledgeBases))))
                .source(src -> src.filter(f -> f.excludes(IndexSchema.EMBEDDING))));
        return elasticsearch.callAsync(c -> c.search(request, IndexedPassage.class)).thenApply(response -> {
            Map<String, IndexedPassage> passages = new HashMap<>();
            response.hits().hits().stream().filter(h -> h.source() != null).forEach(h -> passages.put(h.id(), h.source()));
            return passages;
        });
    }

    private static SearchRequest.Builder base(SearchRequest.Builder s, Set<String> knowledgeBases) {
        // A knowledge base removed while a question is in flight must not fail the answer.
        return s.index(KnowledgeBaseIndices.aliases(knowledgeBases))
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .docvalueFields(f -> f.field(IndexSchema.DOCUMENT_ID));
    }

    private static Query inKnowledgeBases(Set<String> knowledgeBases) {
        List<FieldValue> values = knowledgeBases.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(IndexSchema.KNOWLEDGE_BASE).terms(v -> v.value(values))));
    }

    /** The page fields a hit carries, read from the source: short strings, cheap to send. */
    record PageFields(@JsonProperty(IndexSchema.TITLE) String title, @JsonProperty(IndexSchema.URL) String url,
                      @JsonProperty(IndexSchema.HEADINGS) List<String> headings,
                      @JsonProperty(IndexSchema.PAGE_PASSAGES) int pagePassages) {
    }

    private static List<SearchHit> hits(SearchResponse<PageFields> response) {
        return response.hits().hits().stream()
                .filter(h -> h.fields().containsKey(IndexSchema.DOCUMENT_ID))
                .map(PassageSearch::hit)
                .toList();
    }

    private static SearchHit hit(Hit<PageFields> h) {
        String documentId = h.fields().get(IndexSchema.DOCUMENT_ID).toJson().asJsonArray().getString(0);
        PageFields page = h.source() == null ? new PageFields(documentId, "", List.of(), 0) : h.source();
        String url = page.url() == null ? "" : page.url();
        Set<String> headingIdentifiers = h.matchedQueries().keySet().stream()
                .filter(name -> name.startsWith(HEADING_MATCH))
                .map(name -> name.substring(HEADING_MATCH.length()))
                .collect(Collectors.toSet());
        return new SearchHit(h.id(), documentId, page.title() == null ? documentId : page.title(),
                SearchHit.pageUrlOf(url), page.pagePassages(), h.score() == null ? 0 : h.score(), headingIdentifiers,
                page.headings() == null ? List.of() : page.headings());
    }

    private static List<Float> toList(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return List.of(boxed);
    }
}
