package dev.docent.lab.evaluation;

/** What went wrong with a question, in a few words for a person reading the misses. */
public final class QaOutcome {

    private QaOutcome() {
    }

    public static String of(QaResult result) {
        if (result.right()) {
            return result.answerable() ? "answered, relevant page cited" : "refused, rightly";
        }
        if (!result.answerable()) {
            return "answered, but the docs do not cover it";
        }
        if (!result.answered()) {
            return "request_noted".equals(result.reply()) ? "handed to the team as a request, but the docs answer it"
                    : "refused, but the docs answer it";
        }
        return "answered from the wrong page";
    }
}
