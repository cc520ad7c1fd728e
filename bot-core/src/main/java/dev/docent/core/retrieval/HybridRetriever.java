package dev.docent.core.retrieval;

import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.Identifiers;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Hybrid retrieval: a BM25 search and a kNN search over the knowledge bases a place may see, fused
 * in Java ({@link ScoreFusion}), rolled up to pages and ordered by the page scorer. The BM25 search is
 * sent before the question is embedded so that Elasticsearch works while the embedding model does.
 * A short question's misspelt words are searched as the docs spell them ({@link SpellingCorrection}), and
 * its compounds as the docs write them, apart or together ({@link CompoundWords}).
 * A question with a subject line gets a second kNN search for its subject alone; a question that names
 * its programming language does not get pages written for another ({@link LanguageVariants}); of a page's
 * translations and releases, one copy stays ({@link TranslationVariants}, {@link VersionVariants}). Only the
 * top pages' best passages are read.
 */
public final class HybridRetriever {

    /**
     * How deep each search looks, how the two are fused, how many top pages are read, and how many
     * passages of each.
     */
    public record Settings(int candidatesPerSearch, int knnNumCandidates, int pagesRead, int passagesPerPage,
                           ScoreFusion fusion) {

        /** BM25 weight of the z-score fusion, tuned on a held-out half of SciFact's queries (README, "Retrieval"). */
        public static final double LEXICAL_WEIGHT = 0.4;

        public static Settings defaults() {
            return new Settings(50, 100, 3, 2, new ZScoreFusion(LEXICAL_WEIGHT));
        }

        /** Deeper searches (a benchmark's recall@100 needs 100 candidates); the passages read stay as they are. */
        public Settings withCandidates(int candidates) {
            return new Settings(candidates, Math.max(knnNumCandidates, candidates), pagesRead, passagesPerPage, fusion);
        }

        public Settings withFusion(ScoreFusion newFusion) {
            return new Settings(candidatesPerSearch, knnNumCandidates, pagesRead, passagesPerPage, newFusion);
        }
    }

    /** How far back a section's opening is looked for: an API entry of a few passages, not a whole guide. */
    private static final int MAX_SECTION_PASSAGES = 6;

    private final PassageSearch search;
    private final QueryEmbedder embedder;
    private final Settings settings;
    private final PageScorer scorer;
    private final SpellingCorrection spelling;
    private final CompoundWords compounds;
    private final UnmentionedNames unmentionedNames;
    private final UnusedWords unusedWords;

    public HybridRetriever(PassageSearch search, QueryEmbedder embedder, Settings settings, PageScorer scorer) {
        this.search = search;
        this.spelling = new SpellingCorrection(search);
        this.compounds = new CompoundWords(search);
        this.unmentionedNames = new UnmentionedNames(search);
        this.unusedWords = new UnusedWords(search);
        this.embedder = embedder;
        this.settings = settings;
        this.scorer = scorer;
    }

    public Retrieval retrieve(String question, Set<String> knowledgeBases) {
        long start = System.nanoTime();
        SearchQuery asked = SearchQuery.of(question);
        CompletableFuture<List<Misspelling>> misspelt = spelling.misspellings(asked, knowledgeBases);
        CompletableFuture<List<CompoundWords.Alternative>> otherWay = compounds.writtenTheOtherWay(asked, knowledgeBases);
        Searches searches = send(asked, knowledgeBases);
        SearchQuery query = CompoundWords.rewritten(SpellingCorrection.corrected(asked, join(misspelt)), join(otherWay));
        if (query != asked) {
            // Searched again as the docs write it: few questions have a misspelt word or a compound
            // written the other way, so the others do not wait for the checks.
            searches = send(query, knowledgeBases);
        }
        long embedded = System.nanoTime();
        int depth = settings.candidatesPerSearch();
        List<FusedHit> fused = settings.fusion().fuse(join(searches.lexical()), join(searches.semantic()), depth);
        List<CandidatePage> candidates = PageRollUp.of(query, fused, join(searches.subject()));
        List<CandidatePage> byScore = candidates.stream()
                .sorted(Comparator.comparingDouble((CandidatePage p) -> scorer.score(p.features())).reversed())
                .toList();
        List<CandidatePage> ranked = VersionVariants.oneCopyEach(query.releases(), TranslationVariants.oneCopyEach(
                query.writtenIn(), LanguageVariants.withoutOtherLanguages(query.languages(), byScore)));
        List<RankedPage> pages = withPassages(query, ranked, knowledgeBases);
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("embedMs", ElapsedMillis.between(start, embedded));
        timings.put("searchMs", ElapsedMillis.between(embedded, end));
        timings.put("retrieveMs", ElapsedMillis.between(start, end));
        return new Retrieval(query, pages, searches.vector(), timings);
    }

    /**
     * The names the question's subject uses that no passage mentions ({@link UnmentionedNames}): asked
     * only where a decision needs them, as a search of its own, so that no other question waits for it.
     */
    public Set<String> unmentionedNames(String question, Set<String> knowledgeBases) {
        return join(unmentionedNames.of(SearchQuery.of(question), knowledgeBases));
    }

    /** The words no passage uses in any form that starts as each does ({@link UnusedWords}). */
    public Set<String> unusedWords(Collection<String> words, Set<String> knowledgeBases) {
        return join(unusedWords.of(words, knowledgeBases));
    }

    private record Searches(CompletableFuture<List<SearchHit>> lexical, float[] vector,
                            CompletableFuture<List<SearchHit>> semantic, CompletableFuture<List<SearchHit>> subject) {
    }

    /** The searches in flight, the BM25 one first (see above). */
    private Searches send(SearchQuery query, Set<String> knowledgeBases) {
        int depth = settings.candidatesPerSearch();
        CompletableFuture<List<SearchHit>> lexical = search.lexical(query, knowledgeBases, depth);
        float[] vector = embedder.embed(query.text());
        CompletableFuture<List<SearchHit>> semantic = search.semantic(vector, knowledgeBases, depth, settings.knnNumCandidates());
        CompletableFuture<List<SearchHit>> subject = query.subject()
                .map(s -> search.semantic(embedder.embed(s), knowledgeBases, depth, settings.knnNumCandidates()))
                .orElse(semantic);
        return new Searches(lexical, vector, semantic, subject);
    }

    /**
     * Reads the best passages of the top pages in one request, each with the passage before it, which
     * says whether it opens its section; and, for a question that asks what a page's title is, that
     * page's opening passage, first.
     */
    private List<RankedPage> withPassages(SearchQuery query, List<CandidatePage> ranked, Set<String> knowledgeBases) {
        List<CandidatePage> read = ranked.subList(0, Math.min(settings.pagesRead(), ranked.size()));
        List<Optional<String>> openings = read.stream().map(page -> openingToRead(query, page)).toList();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < read.size(); i++) {
            for (FusedHit hit : bestPassages(read.get(i))) {
                ids.add(hit.id());
                IndexedPassage.previousId(hit.id()).ifPresent(ids::add);
            }
            openings.get(i).ifPresent(ids::add);
        }
        Map<String, IndexedPassage> texts = join(search.passages(List.copyOf(ids), knowledgeBases));
        List<RankedPage> pages = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            CandidatePage page = ranked.get(i);
            List<RankedPassage> passages = new ArrayList<>();
            if (i < read.size()) {
                openings.get(i).filter(texts::containsKey)
                        .ifPresent(id -> passages.add(opening(page, id, texts.get(id))));
                for (FusedHit hit : bestPassages(page)) {
                    IndexedPassage text = texts.get(hit.id());
                    if (text != null) {
                        passages.add(hit.with(text, IndexedPassage.previousId(hit.id()).map(texts::get)));
                    }
                }
            }
            pages.add(new RankedPage(page, scorer.score(page.features()),
                    i == 0 && openings.getFirst().isEmpty() ? withSectionOpening(query, page, passages, knowledgeBases) : passages));
        }
        return pages;
    }

    /**
     * A long API entry says what its name does in its first passage, while a later one, its examples
     * repeating the name, matches "What does pytest.approx do?" best, and the answer quoted "The same
     * syntax also works for ordered sequences of numbers". Asked what a name is, when the first page's
     * best passage lies inside a section that a heading of it names that way, the section's opening is
     * read too, and comes first; one more request, for that question only.
     */
    private List<RankedPassage> withSectionOpening(SearchQuery query, CandidatePage page, List<RankedPassage> passages,
                                                   Set<String> knowledgeBases) {
        if (!query.asksWhatItIs() || passages.isEmpty() || passages.getFirst().startsSection()
                || !headedByAskedName(query, passages.getFirst().passage())) {
            return passages;
        }
        return sectionOpening(passages.getFirst().passage(), knowledgeBases)
                .filter(opening -> passages.stream().noneMatch(p -> p.id().equals(opening.id())))
                .map(opening -> {
                    List<RankedPassage> withOpening = new ArrayList<>(passages);
                    withOpening.addFirst(opening(page, opening.id(), opening));
                    return withOpening;
                })
                .orElse(passages);
    }

    private static boolean headedByAskedName(SearchQuery query, IndexedPassage passage) {
        Set<String> asked = Identifiers.names(query.text());
        return Identifiers.names(String.join("\n", passage.headings())).stream()
                .anyMatch(heading -> asked.stream().anyMatch(name -> Identifiers.sameName(heading, name)));
    }

    /**
     * The first passage of the section that the given one goes on with, when it is at most
     * {@value #MAX_SECTION_PASSAGES} passages back: further back, where the section starts is not known.
     */
    private Optional<IndexedPassage> sectionOpening(IndexedPassage inside, Set<String> knowledgeBases) {
        List<String> earlier = new ArrayList<>();
        for (int chunk = inside.chunk() - 1; chunk >= Math.max(0, inside.chunk() - MAX_SECTION_PASSAGES); chunk--) {
            earlier.add(IndexedPassage.id(inside.knowledgeBase(), inside.documentId(), chunk));
        }
        Map<String, IndexedPassage> texts = join(search.passages(earlier, knowledgeBases));
        IndexedPassage opening = null;
        for (String id : earlier) {
            IndexedPassage text = texts.get(id);
            if (text == null || !text.headings().equals(inside.headings())) {
                return Optional.ofNullable(opening);
            }
            opening = text;
        }
        return opening != null && opening.chunk() == 0 ? Optional.of(opening) : Optional.empty();
    }

    private List<FusedHit> bestPassages(CandidatePage page) {
        return page.passages().subList(0, Math.min(settings.passagesPerPage(), page.passages().size()));
    }

    /**
     * A page titled by the name a question asks about ("what does the no-unused-vars rule do?") says
     * what it is in its opening passage, while the passages that match the question best are often its
     * options or examples: that passage is read too, unless it is among them.
     */
    private Optional<String> openingToRead(SearchQuery query, CandidatePage page) {
        if (!query.asksWhatItIs() || page.features().titleNamed() == 0) {
            return Optional.empty();
        }
        String opening = IndexedPassage.id(page.knowledgeBase(), page.documentId(), 0);
        return bestPassages(page).stream().anyMatch(hit -> hit.id().equals(opening)) ? Optional.empty() : Optional.of(opening);
    }

    /** Scored as the search scored it if it was found at all, else no higher than the page's weakest hit. */
    private static RankedPassage opening(CandidatePage page, String id, IndexedPassage text) {
        return page.passages().stream().filter(hit -> hit.id().equals(id)).findFirst()
                .map(hit -> hit.with(text, Optional.empty()))
                .orElseGet(() -> new RankedPassage(id, text, page.passages().getLast().fusedScore(), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalDouble.empty(), true));
    }

    /** This retriever as a LangChain4j {@link ContentRetriever} over a fixed set of knowledge bases. */
    public ContentRetriever scopedTo(Set<String> knowledgeBases) {
        Set<String> scope = Set.copyOf(knowledgeBases);
        return query -> retrieve(query.text(), scope).passages().stream().map(HybridRetriever::toContent).toList();
    }

    private static Content toContent(RankedPassage ranked) {
        IndexedPassage p = ranked.passage();
        Metadata metadata = new Metadata()
                .put(IndexSchema.KNOWLEDGE_BASE, p.knowledgeBase())
                .put(IndexSchema.DOCUMENT_ID, p.documentId())
                .put(IndexSchema.TITLE, p.title())
                .put(IndexSchema.HEADINGS, p.section())
                .put(IndexSchema.URL, p.url());
        return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, ranked.fusedScore()));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
