package dev.docent.core.feedback;

import dev.docent.core.conversation.AnsweredQuestion;

/** Votes on answers. A reader votes once per answer: a second click, on any replica, changes nothing. */
public interface FeedbackStore {

    /** Returns false if this user had already voted on this answer (the first vote stands). */
    boolean record(AnsweredQuestion answered, String user, Vote vote);
}
