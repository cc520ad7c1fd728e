package dev.docent.slack.escalation;

import com.slack.api.model.User;
import dev.docent.core.chat.ChatServices;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.Failures;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackWeb;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a conversation to a person: records the case (once per answer, whoever clicks and on
 * whichever replica), posts it to the tenant's escalation channel mentioning the on-call group,
 * and tells the asker in the thread - or tells them plainly why nobody could be alerted.
 */
public final class EscalationReporter {

    private static final Logger log = LoggerFactory.getLogger(EscalationReporter.class);

    /** What became of a request for a person. */
    public enum Outcome {
        /** A new case: the team was alerted, or the asker was told why it could not be. */
        OPENED,
        /** This answer already had a case: nothing new was posted. */
        ALREADY_OPEN
    }

    private final ChatServices services;
    private final SlackWeb web;
    private final EscalationCaseRenderer renderer;

    public EscalationReporter(ChatServices services, SlackWeb web, EscalationCaseRenderer renderer) {
        this.services = services;
        this.web = web;
        this.renderer = renderer;
    }

    /**
     * @param requestedBy     a user id, or {@link EscalationCase#BY_POLICY}
     * @param requestedByName the same in words, for the case message
     * @param answerMessage   Docent's answer in Slack: the case links to it, the asker is told below it
     */
    public Outcome escalate(AnsweredQuestion answered, String requestedBy, String requestedByName, String reason,
                            MessageRef answerMessage) {
        if (services.escalations().open(answered, requestedBy, reason).isEmpty()) {
            return Outcome.ALREADY_OPEN;
        }
        services.metrics().counter("docent.slack.escalations", "by",
                EscalationCase.BY_POLICY.equals(requestedBy) ? "policy" : "user").increment();
        Optional<EscalationTarget> target = services.tenants().escalationTarget(answered.tenant())
                .filter(t -> t.channel() != null && !t.channel().isBlank());
        if (target.isEmpty()) {
            log.atWarn().addKeyValue("tenant", answered.tenant()).log("escalation recorded, but no escalation channel is configured");
            tell(answerMessage, Replies.NO_ESCALATION_CHANNEL);
            return Outcome.OPENED;
        }
        try {
            EscalationCaseRenderer.Case escalation = new EscalationCaseRenderer.Case(answered.question(),
                    nameOf(answered.user()), requestedByName, web.permalink(answerMessage), answered.answer(),
                    Optional.ofNullable(answered.intent()), reason, target.get().mentionGroup());
            web.post(target.get().channel(), Optional.empty(), renderer.render(escalation));
        } catch (RuntimeException e) {
            log.atError().addKeyValue("tenant", answered.tenant()).addKeyValue("error", Failures.describe(e))
                    .log("could not post an escalation case");
            tell(answerMessage, Replies.ESCALATION_FAILED);
            return Outcome.OPENED;
        }
        tell(answerMessage, Replies.LOOPED_IN);
        return Outcome.OPENED;
    }

    private void tell(MessageRef answerMessage, String text) {
        web.post(answerMessage.channel(), Optional.of(answerMessage.replyThread()), SlackMessage.plain(text));
    }

    /** The asker by name, never by mention: the case must not notify them in a channel they may not be in. */
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
