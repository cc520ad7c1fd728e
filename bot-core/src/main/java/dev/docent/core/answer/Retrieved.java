package dev.docent.core.answer;

import java.util.List;

/**
 * What Docent found for a question, whatever it replied: the pages retrieval ranked highest (best
 * first), and how likely it judged that the first of them answers the question (0-1). Evaluations
 * score the ranking; the docs-gap report shows a refused question's closest pages.
 */
public record Retrieved(List<PageReference> pages, double confidence) {

    public Retrieved {
        pages = List.copyOf(pages);
    }

    public static Retrieved nothing() {
        return new Retrieved(List.of(), 0);
    }
}
