package dev.docent.core.insights;

import dev.docent.core.answer.PageReference;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswer;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The docs-gap report: the questions the documentation did not serve, grouped by the meaning of
 * their embeddings (the ones retrieval computed when they were asked), largest groups first.
 */
public final class GapQuery {

    /**
     * Groups whose questions are at least this similar on average (cosine of their centred
     * embeddings, see {@link MeaningClustering}) are one. Chosen on generated questions about other
     * topics than those the tests check (docs/admin.md).
     */
    public static final double SIMILARITY = 0.15;
    private static final int PAGES = 3;

    private final GapCandidates candidates;
    private final ElasticsearchConnection elasticsearch;
    private final MeaningClustering clustering;
    private final double similarity;

    public GapQuery(ElasticsearchConnection elasticsearch) {
        this(elasticsearch, SIMILARITY);
    }

    public GapQuery(ElasticsearchConnection elasticsearch, double similarity) {
        this.candidates = new GapCandidates(elasticsearch);
        this.elasticsearch = elasticsearch;
        this.clustering = new MeaningClustering(similarity);
        this.similarity = similarity;
    }

    public GapReport report(Scope scope) {
        List<GapQuestion> all = candidates.in(scope);
        List<GapQuestion> embedded = all.stream().filter(q -> q.embedding().length == MeaningClustering.dimensions()).toList();
        Set<String> taught = taught(embedded.stream().map(GapQuestion::answerId).toList());
        List<GapGroup> groups = clustering.groups(embedded.stream().map(GapQuestion::embedding).toList()).stream()
                .map(members -> group(members.stream().map(embedded::get).toList(), taught))
                .sorted(Comparator.comparingInt(GapGroup::size).reversed()
                        .thenComparing(GapGroup::lastAsked, Comparator.reverseOrder()))
                .toList();
        return new GapReport(scope, all.size(), all.size() - embedded.size(), similarity, groups);
    }

    /** Which of these questions' cases have a team answer that is still given. */
    private Set<String> taught(List<String> answerIds) {
        if (answerIds.isEmpty()) {
            return Set.of();
        }
        return elasticsearch.call(c -> c.mget(m -> m.index(ElasticsearchTeamAnswers.INDEX).ids(answerIds), TeamAnswer.class))
                .docs().stream()
                .filter(doc -> doc.isResult() && doc.result().found() && doc.result().source() != null
                        && !doc.result().source().retired())
                .map(doc -> doc.result().id())
                .collect(Collectors.toSet());
    }

    private static GapGroup group(List<GapQuestion> members, Set<String> taught) {
        return new GapGroup(mostTypicalFirst(members),
                members.stream().filter(GapQuestion::refused).count(),
                members.stream().filter(GapQuestion::escalated).count(),
                members.stream().filter(GapQuestion::downVoted).count(),
                pages(members),
                members.stream().map(GapQuestion::time).max(Comparator.naturalOrder()).orElse(Instant.EPOCH),
                members.stream().anyMatch(member -> taught.contains(member.answerId())));
    }

    /** The questions, those closest to the group's centroid first. */
    private static List<String> mostTypicalFirst(List<GapQuestion> members) {
        float[] centroid = new float[members.getFirst().embedding().length];
        for (GapQuestion member : members) {
            float[] unit = UnitVectors.unit(member.embedding());
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] += unit[i];
            }
        }
        return members.stream()
                .sorted(Comparator.comparingDouble((GapQuestion m) -> -UnitVectors.cosine(UnitVectors.unit(m.embedding()), centroid)))
                .map(GapQuestion::question)
                .toList();
    }

    /** The pages retrieval found for most of the group's questions. */
    private static List<PageCount> pages(List<GapQuestion> members) {
        Map<String, PageReference> pages = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GapQuestion member : members) {
            for (PageReference page : member.retrievedPages()) {
                pages.putIfAbsent(page.key(), page);
                counts.merge(page.key(), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(PAGES)
                .map(e -> new PageCount(pages.get(e.getKey()), e.getValue()))
                .toList();
    }
}
