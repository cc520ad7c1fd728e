package dev.docent.slack.feedback;

import dev.docent.core.desk.ClickReply;
import dev.docent.core.desk.Handover;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.feedback.Vote;
import dev.docent.slack.escalation.SlackCaseBoard;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;
import java.util.Optional;

/**
 * The buttons under an answer, for the desk: a vote, or "Talk to a human". The clicker is told the
 * outcome privately; a new hand-over is also said in the answer's thread, for everyone in it.
 */
public final class AnswerButtons {

    private static final String PLATFORM = "slack";

    /**
     * A click on one of the buttons.
     *
     * @param team     the workspace the click came from
     * @param answerId the button's value: the answer's id in the answer log
     * @param message  the answer message the button sits on
     */
    public record Click(String team, String user, String answerId, MessageRef message, String responseUrl) {

        dev.docent.core.desk.Click forDesk() {
            return new dev.docent.core.desk.Click(PLATFORM, team, user, answerId);
        }
    }

    private final SupportDesk desk;
    private final SlackWorkspaces workspaces;
    private final SlackDeliveries deliveries;
    private final EscalationCaseRenderer cases;

    public AnswerButtons(SupportDesk desk, SlackWorkspaces workspaces, SlackDeliveries deliveries, EscalationCaseRenderer cases) {
        this.desk = desk;
        this.workspaces = workspaces;
        this.deliveries = deliveries;
        this.cases = cases;
    }

    public void vote(Click click, Vote vote) {
        reply(workspaces.web(click.team()), click, desk.vote(click.forDesk(), vote).notice());
    }

    public void talkToHuman(Click click) {
        SlackWeb web = workspaces.web(click.team());
        ClickReply reply = desk.requestHuman(click.forDesk(), new SlackCaseBoard(web, deliveries, cases, click.message()));
        Optional<Handover> handover = reply.handover();
        if (handover.isPresent() && handover.get() != Handover.ALREADY_OPEN && handover.get() != Handover.FAILED) {
            MessageRef answer = click.message();
            deliveries.inOrder(answer.channel(), () -> web.post(answer.channel(), Optional.of(answer.replyThread()),
                    SlackMessage.plain(Replies.notice(reply.notice()))));
        } else {
            reply(web, click, reply.notice());
        }
    }

    private void reply(SlackWeb web, Click click, String text) {
        deliveries.inOrder(click.message().channel(), () -> {
            web.respondEphemerally(click.responseUrl(), SlackMessage.plain(Replies.notice(text)));
            return click;
        });
    }
}
