package dev.docent.core.answer;

/** What happens with an answer: sent as is, sent with an offer of a person, or handed to a person now. */
public enum Action {
    ANSWER,
    ANSWER_AND_OFFER_HUMAN,
    ESCALATE
}
