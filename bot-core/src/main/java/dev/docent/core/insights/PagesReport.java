package dev.docent.core.insights;

import dev.docent.core.answer.PageReference;
import java.util.List;

/**
 * Which pages answers rest on: the most cited, the pages of the knowledge bases in scope that no
 * answer in scope cited (candidates to retire, or to make findable), and the pages cited by answers
 * readers voted not helpful (candidates to rewrite).
 */
public record PagesReport(Scope scope, List<PageCount> mostCited, List<PageReference> neverCited,
                          List<PageCount> citedByDownVoted) {

    public PagesReport {
        mostCited = List.copyOf(mostCited);
        neverCited = List.copyOf(neverCited);
        citedByDownVoted = List.copyOf(citedByDownVoted);
    }
}
