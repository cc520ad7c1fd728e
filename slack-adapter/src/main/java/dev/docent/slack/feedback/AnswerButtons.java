package dev.docent.slack.feedback;

import dev.docent.core.chat.ChatServices;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.feedback.Vote;
import dev.docent.slack.escalation.EscalationReporter;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackWeb;
import java.util.Optional;

/**
 * The buttons under an answer: a vote (stored once per reader and answer: a second click changes
 * nothing) or "Talk to a human" (one case per answer). The clicker gets a reply only they see.
 */
public final class AnswerButtons {

    /**
     * A click on one of the buttons.
     *
     * @param answerId the button's value: the answer's id in the answer log
     * @param message  the answer message the button sits on
     */
    public record Click(String user, String userName, String answerId, MessageRef message, String responseUrl) {
    }

    private final ChatServices services;
    private final SlackWeb web;
    private final EscalationReporter escalations;

    public AnswerButtons(ChatServices services, SlackWeb web, EscalationReporter escalations) {
        this.services = services;
        this.web = web;
        this.escalations = escalations;
    }

    public void vote(Click click, Vote vote) {
        Optional<AnsweredQuestion> answered = services.answers().find(click.answerId());
        if (answered.isEmpty()) {
            reply(click, Replies.ANSWER_UNKNOWN);
            return;
        }
        boolean first = services.feedback().record(answered.get(), click.user(), vote);
        services.metrics().counter("docent.slack.feedback", "vote", vote.name().toLowerCase(java.util.Locale.ROOT),
                "first", Boolean.toString(first)).increment();
        reply(click, !first ? Replies.ALREADY_VOTED : vote == Vote.HELPFUL ? Replies.THANKS_HELPFUL : Replies.THANKS_NOT_HELPFUL);
    }

    public void talkToHuman(Click click) {
        Optional<AnsweredQuestion> answered = services.answers().find(click.answerId());
        if (answered.isEmpty()) {
            reply(click, Replies.ANSWER_UNKNOWN);
            return;
        }
        boolean asker = click.user().equals(answered.get().user());
        String who = asker ? "the asker" : click.userName();
        String reason = asker ? "The asker asked to talk to a person." : "A reader of the answer asked for a person.";
        if (escalations.escalate(answered.get(), click.user(), who, reason, click.message())
                == EscalationReporter.Outcome.ALREADY_OPEN) {
            reply(click, Replies.ALREADY_LOOPED_IN);
        }
    }

    private void reply(Click click, String text) {
        web.respondEphemerally(click.responseUrl(), SlackMessage.plain(text));
    }
}
