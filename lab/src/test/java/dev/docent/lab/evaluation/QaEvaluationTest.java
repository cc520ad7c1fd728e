package dev.docent.lab.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.question.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QaEvaluationTest {

    private final List<String> asked = new ArrayList<>();
    private final Function<Question, Answer> docent = question -> {
        asked.add(question.text());
        return new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                Decision.answer(), List.of(), Map.of(), AnswerTrace.none());
    };
    private final List<QaQuestion> questions = List.of(
            new QaQuestion("a", "How do I export?", List.of("export.md")),
            new QaQuestion("b", "How do I import?", List.of()),
            new QaQuestion("c", "Where are invoices?", List.of("billing.md")));
    private final Map<QaQuestion, DevSplit> splits = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);

    @Test
    void theSetIsAskedInWholePassesUntilTheWarmUpAnswersWereGivenThenOnceMore() {
        List<QaResult> results = new QaEvaluation(docent, 4).run(questions, splits);

        assertThat(results).hasSize(3);
        assertThat(asked).hasSize(9).containsSubsequence("How do I export?", "How do I import?", "Where are invoices?",
                "How do I export?", "How do I import?", "Where are invoices?",
                "How do I export?", "How do I import?", "Where are invoices?");
    }

    @Test
    void withoutWarmUpEveryQuestionIsAskedOnce() {
        new QaEvaluation(docent, 0).run(questions, splits);

        assertThat(asked).containsExactly("How do I export?", "How do I import?", "Where are invoices?");
    }

    @Test
    void aNegativeWarmUpIsRefused() {
        assertThatThrownBy(() -> new QaEvaluation(docent, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
