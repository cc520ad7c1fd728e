package dev.docent.core.desk;

import dev.docent.core.answer.Answer;
import dev.docent.core.conversation.AnsweredQuestion;
import java.util.Optional;

/** What the desk has for the asker: an answer (with the person brought in, if any), or a notice instead. */
public sealed interface DeskReply {

    /**
     * @param handover present when the escalation policy handed the question to a person
     */
    record Answered(AnsweredQuestion answered, Answer answer, Optional<Handover> handover) implements DeskReply {
    }

    /** The question could not be taken (empty, only a mention): the notice says why, in Docent's words. */
    record Declined(String notice) implements DeskReply {
    }

    /** Something failed on Docent's side: the notice says so and asks to try again; the failure is logged and counted. */
    record Failed(String notice) implements DeskReply {
    }
}
