package dev.docent.core.conversation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An answer log document: the answered question and its facts side by side in one flat object, so
 * that records written before the facts existed read the same and clicks read only what they need.
 */
record LoggedAnswer(@JsonUnwrapped AnsweredQuestion answered, @JsonUnwrapped AnswerFacts facts) {
}
