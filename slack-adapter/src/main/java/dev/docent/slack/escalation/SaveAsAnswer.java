package dev.docent.slack.escalation;

import dev.docent.core.desk.SupportDesk;
import dev.docent.core.desk.Teaching;
import dev.docent.slack.admin.SlackMembership;
import dev.docent.slack.question.SlackMarkup;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;
import java.util.Optional;

/**
 * "Save as answer", Docent's message shortcut, used on a person's reply in an escalation case's
 * thread: the desk keeps the reply as the team answer to the case's question. The person who used
 * it is told the outcome privately.
 */
public final class SaveAsAnswer {

    public static final String CALLBACK_ID = "docent_save_answer";
    private static final String PLATFORM = "slack";

    /**
     * The message the shortcut was used on.
     *
     * @param threadTs   the thread it is in: the case message's ts, for a reply to a case
     * @param responseUrl where the outcome is told to the user alone
     */
    public record Reply(String team, String channel, String user, String text, String ts, Optional<String> threadTs,
                        String responseUrl, String botUserId) {
    }

    private final SupportDesk desk;
    private final SlackWorkspaces workspaces;
    private final SlackDeliveries deliveries;

    public SaveAsAnswer(SupportDesk desk, SlackWorkspaces workspaces, SlackDeliveries deliveries) {
        this.desk = desk;
        this.workspaces = workspaces;
        this.deliveries = deliveries;
    }

    public void save(Reply reply) {
        SlackWeb web = workspaces.web(reply.team());
        // Only a reply in a thread can answer the case the thread belongs to; the case message itself answers nothing.
        String caseTs = reply.threadTs().filter(thread -> !thread.equals(reply.ts())).orElse("");
        String notice = desk.teach(new Teaching(PLATFORM, reply.team(), reply.channel(), caseTs, reply.user(),
                        SlackMarkup.toPlainText(reply.text(), reply.botUserId()),
                        web.permalink(new MessageRef(reply.channel(), reply.ts(), reply.threadTs()))),
                new SlackMembership(web, reply.user()));
        deliveries.inOrder(reply.channel(), () -> {
            web.respondEphemerally(reply.responseUrl(), SlackMessage.plain(Replies.notice(notice)));
            return reply;
        });
    }
}
