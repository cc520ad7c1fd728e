package dev.docent.core.retrieval;

import java.util.List;

/**
 * What retrieval measured about one candidate page for one question: the numbers the page ranker
 * weighs (a linear model learned on labelled questions, see {@code RelevanceModel}), in the order of
 * {@link #NAMES}.
 *
 * @param fusedBest        the fused score of the page's best passage
 * @param fusedSecond      the fused score of its second-best passage (the lowest candidate's when it has one)
 * @param titleNamed       1 when the question names the page's title ("max-len", "Configuration Files")
 * @param pathNamed        1 when the question names the page's file ("command-line-interface")
 * @param broadPage        1 for pages that mention everything and settle little: changelogs, release
 *                         notes, migration guides, glossaries
 * @param titleCoverage    the share of the title's words that the question uses
 * @param subjectCloseness the kNN score, (1 + cosine) / 2, of the page's passage closest to the
 *                         question's subject ({@link SearchQuery#subject})
 * @param headingNames     how many of the question's identifiers the page's section headings name
 *                         (at most {@link #MAX_HEADING_NAMES}): the page that defines the flags and
 *                         options a question uses, not one that mentions them
 */
public record PageFeatures(double fusedBest, double fusedSecond, double titleNamed, double pathNamed, double broadPage,
                           double titleCoverage, double subjectCloseness, double headingNames) {

    public static final List<String> NAMES = List.of(
            "fusedBest", "fusedSecond", "titleNamed", "pathNamed", "broadPage", "titleCoverage", "subjectCloseness",
            "headingNames");
    /** Beyond three, more names defined say little more: a long paste names many things. */
    public static final int MAX_HEADING_NAMES = 3;

    public double[] vector() {
        return new double[] {fusedBest, fusedSecond, titleNamed, pathNamed, broadPage, titleCoverage, subjectCloseness,
                headingNames};
    }
}
