package dev.docent.core.desk;

import dev.docent.core.answer.Answer;
import dev.docent.core.question.Question;

/** Turns a question into an answer: the pipeline ({@link dev.docent.core.Docent}) as the desk sees it. */
@FunctionalInterface
public interface Answerer {

    Answer answer(Question question);
}
