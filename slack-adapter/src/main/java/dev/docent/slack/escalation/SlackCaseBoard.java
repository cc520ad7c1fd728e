package dev.docent.slack.escalation;

import com.slack.api.model.User;
import dev.docent.core.desk.CaseBoard;
import dev.docent.core.desk.Handover;
import dev.docent.core.desk.PostedCase;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a case to the workspace's escalation channel, mentioning only the configured on-call
 * group, with a link back to Docent's answer; a later asker of much the same question is added to
 * that case (its count goes up, a reply in its thread links to the new conversation). Everything is
 * handed to {@link SlackDeliveries}, so a rate-limited escalation channel never holds up the answer;
 * should Slack finally refuse a case, the asker is told in the thread that nobody could be alerted.
 */
public final class SlackCaseBoard implements CaseBoard {

    private static final Logger log = LoggerFactory.getLogger(SlackCaseBoard.class);

    private final SlackWeb web;
    private final SlackDeliveries deliveries;
    private final EscalationCaseRenderer renderer;
    private final MessageRef answerMessage;

    /** @param answerMessage Docent's answer in Slack: the case links to it */
    public SlackCaseBoard(SlackWeb web, SlackDeliveries deliveries, EscalationCaseRenderer renderer, MessageRef answerMessage) {
        this.web = web;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.answerMessage = answerMessage;
    }

    @Override
    public Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target) {
        CompletableFuture<PostedCase.Message> message = deliveries.inOrder(target.channel(), () -> {
            Optional<String> conversation = web.permalink(answerMessage);
            MessageRef posted = web.post(target.channel(), Optional.empty(), render(escalation, target, conversation, 0));
            return new PostedCase.Message(posted.channel(), posted.ts(), conversation);
        });
        message.exceptionally(failure -> {
            told("could not post an escalation case", escalation, failure);
            return null;
        });
        return Optional.of(new PostedCase(escalation, target, message));
    }

    @Override
    public void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers) {
        earlier.message().whenComplete((message, failure) -> {
            if (failure != null) {
                // The earlier case never arrived, so this asker's case goes on its own, quietly.
                post(similar, earlier.target().quiet());
                return;
            }
            MessageRef caseMessage = new MessageRef(message.channel(), message.id(), Optional.empty());
            deliveries.inOrder(message.channel(), () -> {
                web.update(caseMessage, render(earlier.escalation(), earlier.target(), message.conversation(), moreAskers));
                return web.post(message.channel(), Optional.of(message.id()),
                        renderer.alsoAsked(nameOf(similar.user()), web.permalink(answerMessage)));
            }).exceptionally(addFailure -> {
                told("could not add an asker to an escalation case", similar, addFailure);
                return null;
            });
        });
    }

    /** Logs the failure and tells the asker in their thread that nobody could be alerted. */
    private void told(String what, EscalationCase escalation, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log.atError().addKeyValue("tenant", escalation.tenant()).addKeyValue("error", cause.getClass().getName()).log(what);
        deliveries.inOrder(answerMessage.channel(), () -> web.post(answerMessage.channel(),
                Optional.of(answerMessage.replyThread()), SlackMessage.plain(Replies.notice(Handover.UNREACHABLE.notice()))));
    }

    private SlackMessage render(EscalationCase escalation, EscalationTarget target, Optional<String> conversation,
                                int moreAskers) {
        String requestedBy = EscalationCase.BY_POLICY.equals(escalation.requestedBy()) ? "Docent"
                : escalation.requestedBy().equals(escalation.user()) ? "the asker" : nameOf(escalation.requestedBy());
        return renderer.render(new EscalationCaseRenderer.Case(escalation.answered().question(), nameOf(escalation.user()),
                requestedBy, conversation, escalation.answered().answer(),
                Optional.ofNullable(escalation.answered().intent()), escalation.reason(), target.mentionGroup(), moreAskers));
    }

    /** People by name, never by mention: the case must not notify them in a channel they may not be in. */
    private String nameOf(String userId) {
        try {
            User user = web.user(userId);
            if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
                return user.getProfile().getDisplayName();
            }
            return notBlank(user.getRealName()) ? user.getRealName() : notBlank(user.getName()) ? user.getName() : userId;
        } catch (SlackCallException e) {
            return userId;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
