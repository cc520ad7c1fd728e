package dev.docent.lab.evaluation;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.PageReference;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.ThreadMessage;
import dev.docent.core.question.Visibility;
import dev.docent.lab.bench.WarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Asks every question of a set the way a chat user would - a {@link Question} from a public place,
 * through the whole answer pipeline, intent classifier and escalation policy included - and records
 * what came back. Before that, the set is asked over and over, uncounted ({@link WarmUp}): latency is
 * measured warm. {@link #afterOtherQuestions} asks each question as the next message of a conversation
 * about something else, as a chat session or a thread goes on to another topic.
 */
public final class QaEvaluation {

    private static final Place PLACE = new Place("evaluation", "questions", Visibility.PUBLIC);

    private final Function<Question, Answer> docent;
    private final int warmUpAnswers;
    private final boolean afterOtherQuestions;

    /** @param warmUpAnswers how many answers to give, in whole passes over the set, before measuring; 0 for none */
    public QaEvaluation(Function<Question, Answer> docent, int warmUpAnswers) {
        this(docent, warmUpAnswers, false);
    }

    private QaEvaluation(Function<Question, Answer> docent, int warmUpAnswers, boolean afterOtherQuestions) {
        if (warmUpAnswers < 0) {
            throw new IllegalArgumentException("warm-up answers must be 0 or more: " + warmUpAnswers);
        }
        this.docent = docent;
        this.warmUpAnswers = warmUpAnswers;
        this.afterOtherQuestions = afterOtherQuestions;
    }

    /**
     * Each question asked in a thread whose latest question is the set's question half the set away
     * (sets are often grouped by topic, so a neighbour would be asking about the same thing).
     */
    public QaEvaluation afterOtherQuestions() {
        return new QaEvaluation(docent, warmUpAnswers, true);
    }

    public List<QaResult> run(List<QaQuestion> questions, Map<QaQuestion, DevSplit> splits) {
        WarmUp.passes(questions, warmUpAnswers, q -> docent.apply(question(q)));
        List<QaResult> results = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            QaQuestion q = questions.get(i);
            Question asked = afterOtherQuestions
                    ? question(q, List.of(ThreadMessage.byPerson(questions.get((i + questions.size() / 2) % questions.size()).question())))
                    : question(q);
            long start = System.nanoTime();
            Answer answer = docent.apply(asked);
            double latencyMs = (System.nanoTime() - start) / 1e6;
            List<String> cited = answer.citations().stream().map(Citation::documentId).distinct().toList();
            int relevantCitations = (int) answer.citations().stream().filter(c -> q.isRelevant(c.documentId())).count();
            results.add(new QaResult(q, splits.get(q), answer.grounded(), cited, answer.citations().size(), relevantCitations,
                    answer.retrieved().pages().stream().map(PageReference::documentId).toList(),
                    answer.relatedPages().stream().map(PageReference::documentId).toList(),
                    answer.intent().orElse(null), lower(answer.decision().reply().name()),
                    lower(answer.decision().action().name()), answer.confidence(), latencyMs, answer.timingsMs()));
        }
        return results;
    }

    private static Question question(QaQuestion q) {
        return question(q, List.of());
    }

    private static Question question(QaQuestion q, List<ThreadMessage> thread) {
        return new Question(q.question(), "evaluation", PLACE, thread);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
