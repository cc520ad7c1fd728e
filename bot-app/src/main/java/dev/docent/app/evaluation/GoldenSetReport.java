package dev.docent.app.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * How Docent did on a golden set. Ranking figures are over answerable questions, at the page
 * level (a page's best passage stands for it); citation precision is over all citations of
 * answers to answerable questions; refusal figures say whether Docent answered what it should and
 * declined what it could not know.
 *
 * @param recallAt5         mean share of a question's gold pages among the first 5 pages retrieved
 * @param mrr               mean reciprocal rank of the first gold page (0 when none is retrieved)
 * @param ndcgAt10          mean nDCG@10 of the retrieved pages, every gold page of grade 1
 * @param citationPrecision share of cited passages that belong to one of the question's gold pages
 * @param wronglyRefused    answerable questions that got "not in the docs"
 * @param correctlyRefused  unanswerable questions that got "not in the docs"
 * @param answeredRate      answerable questions that got an answer rather than "not in the docs"
 * @param refusedRate       unanswerable questions that got "not in the docs"
 * @param latenciesMs       per question, in the golden set's order (for the report's chart)
 * @param misses            the questions answered or refused wrongly, for a person to look at
 */
public record GoldenSetReport(int answerable, int unanswerable, double recallAt5, double mrr, double ndcgAt10,
                              double citationPrecision, int wronglyRefused, int correctlyRefused,
                              double answeredRate, double refusedRate, double p50Ms, double p95Ms,
                              @JsonIgnore List<Double> latenciesMs, @JsonIgnore List<Miss> misses) {

    public GoldenSetReport {
        latenciesMs = List.copyOf(latenciesMs);
        misses = List.copyOf(misses);
    }

    /** A question Docent got wrong: refused although answerable, or answered although not. */
    public record Miss(String id, String question, String outcome, List<String> pages) {
    }
}
