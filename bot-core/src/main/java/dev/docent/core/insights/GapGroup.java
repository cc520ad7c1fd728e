package dev.docent.core.insights;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Questions about one thing the documentation does not serve, in the askers' words (the most
 * typical first): how many of them were refused, escalated or voted not helpful, the pages Docent
 * found for them (the closest the docs come), when the last one was asked, and whether the team
 * has since answered one of them for good (a team answer, which the next asker gets).
 */
public record GapGroup(List<String> questions, long refused, long escalated, long downVoted, List<PageCount> pages,
                       Instant lastAsked, boolean closedByTeamAnswer) {

    private static final int EXAMPLES = 3;

    public GapGroup {
        questions = List.copyOf(questions);
        pages = List.copyOf(pages);
    }

    public int size() {
        return questions.size();
    }

    /** A few of the most typical questions, each wording once. */
    public List<String> examples() {
        Set<String> seen = new LinkedHashSet<>();
        return questions.stream()
                .filter(q -> seen.add(q.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")))
                .limit(EXAMPLES)
                .toList();
    }
}
