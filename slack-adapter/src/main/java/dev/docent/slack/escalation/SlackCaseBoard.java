package dev.docent.slack.escalation;

import com.slack.api.model.User;
import dev.docent.core.desk.CaseBoard;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackWeb;
import java.util.Optional;

/**
 * Posts a case to the workspace's escalation channel, mentioning only the configured on-call
 * group, with a link back to Docent's answer.
 */
public final class SlackCaseBoard implements CaseBoard {

    private final SlackWeb web;
    private final EscalationCaseRenderer renderer;
    private final MessageRef answerMessage;

    /** @param answerMessage Docent's answer in Slack: the case links to it */
    public SlackCaseBoard(SlackWeb web, EscalationCaseRenderer renderer, MessageRef answerMessage) {
        this.web = web;
        this.renderer = renderer;
        this.answerMessage = answerMessage;
    }

    @Override
    public boolean post(EscalationCase escalation, EscalationTarget target) {
        String requestedBy = EscalationCase.BY_POLICY.equals(escalation.requestedBy()) ? "Docent"
                : escalation.requestedBy().equals(escalation.user()) ? "the asker" : nameOf(escalation.requestedBy());
        web.post(target.channel(), Optional.empty(), renderer.render(new EscalationCaseRenderer.Case(
                escalation.answered().question(), nameOf(escalation.user()), requestedBy, web.permalink(answerMessage),
                escalation.answered().answer(), Optional.ofNullable(escalation.answered().intent()), escalation.reason(),
                target.mentionGroup())));
        return true;
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
