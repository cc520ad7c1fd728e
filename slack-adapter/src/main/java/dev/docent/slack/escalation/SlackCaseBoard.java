package dev.docent.slack.escalation;

import com.slack.api.model.User;
import dev.docent.core.desk.CaseBoard;
import dev.docent.core.desk.Handover;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a case to the workspace's escalation channel, mentioning only the configured on-call
 * group, with a link back to Docent's answer. The case is handed to {@link SlackDeliveries}, so a
 * rate-limited escalation channel never holds up the answer; should Slack finally refuse it, the
 * asker is told in the thread that nobody could be alerted.
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
    public boolean post(EscalationCase escalation, EscalationTarget target) {
        deliveries.inOrder(target.channel(), () -> web.post(target.channel(), Optional.empty(), render(escalation, target)))
                .exceptionally(failure -> {
                    log.atError().addKeyValue("tenant", escalation.tenant())
                            .addKeyValue("error", failure.getCause() != null ? failure.getCause().getClass().getName()
                                    : failure.getClass().getName())
                            .log("could not post an escalation case");
                    deliveries.inOrder(answerMessage.channel(), () -> web.post(answerMessage.channel(),
                            Optional.of(answerMessage.replyThread()),
                            SlackMessage.plain(Replies.notice(Handover.UNREACHABLE.notice()))));
                    return null;
                });
        return true;
    }

    private SlackMessage render(EscalationCase escalation, EscalationTarget target) {
        String requestedBy = EscalationCase.BY_POLICY.equals(escalation.requestedBy()) ? "Docent"
                : escalation.requestedBy().equals(escalation.user()) ? "the asker" : nameOf(escalation.requestedBy());
        return renderer.render(new EscalationCaseRenderer.Case(escalation.answered().question(), nameOf(escalation.user()),
                requestedBy, web.permalink(answerMessage), escalation.answered().answer(),
                Optional.ofNullable(escalation.answered().intent()), escalation.reason(), target.mentionGroup()));
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
