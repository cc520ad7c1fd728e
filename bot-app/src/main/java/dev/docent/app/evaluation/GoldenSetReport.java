package dev.docent.app.evaluation;

/**
 * How Docent did on a golden set. Ranking figures are over answerable questions, at the page
 * level (a page's best passage stands for it); refusal figures say whether Docent answered what it
 * should and declined what it could not know.
 *
 * @param recallAt5           mean share of a question's gold pages among the first 5 pages retrieved
 * @param mrr                 mean reciprocal rank of the first gold page (0 when none is retrieved)
 * @param answeredRate        answerable questions that got an answer rather than "not in the docs"
 * @param refusedRate         unanswerable questions that got "not in the docs"
 */
public record GoldenSetReport(int answerable, int unanswerable, double recallAt5, double mrr,
                              double answeredRate, double refusedRate, double p50Ms, double p95Ms) {
}
