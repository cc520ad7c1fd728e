package dev.docent.core.conversation;

import dev.docent.core.answer.Answer;
import dev.docent.core.question.Question;
import java.util.Optional;

/**
 * Every answer given in a chat, by id - shared by all bot replicas, so a button clicked on one
 * replica finds the answer another replica gave.
 */
public interface AnswerLog {

    /** Keeps the answer, with how it was made (for the overview), and returns it as later clicks will find it. */
    AnsweredQuestion record(String platform, Question question, Answer answer);

    Optional<AnsweredQuestion> find(String id);
}
