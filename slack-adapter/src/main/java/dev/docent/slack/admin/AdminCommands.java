package dev.docent.slack.admin;

import dev.docent.core.desk.AdminDesk;
import dev.docent.core.desk.Notices;
import dev.docent.core.desk.ReindexOutcome;
import dev.docent.core.desk.ReindexPlan;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.slack.command.SlashCommand;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.ReindexRenderer;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code /docent reindex [knowledge-base]} and {@code /docent status}, through the desk's admin
 * desk: only admins, and only the knowledge bases the command's channel may see. Anyone else gets a
 * refusal only they see. A reindex reports in one message per knowledge base, edited in place.
 */
public final class AdminCommands {

    private static final String PLATFORM = "slack";

    private final SupportDesk desk;
    private final SlackWorkspaces workspaces;
    private final SlackDeliveries deliveries;
    private final ReindexRenderer renderer;
    private final Clock clock;
    private final Duration progressInterval;

    public AdminCommands(SupportDesk desk, SlackWorkspaces workspaces, SlackDeliveries deliveries, ReindexRenderer renderer, Clock clock,
                         Duration progressInterval) {
        this.desk = desk;
        this.workspaces = workspaces;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.clock = clock;
        this.progressInterval = progressInterval;
    }

    /** Reindexes the named knowledge base, or every one the channel may reindex; blocks until done (run it off the ack thread). */
    public void reindex(SlashCommand command, Optional<String> knowledgeBase) {
        SlackWeb web = workspaces.web(command.team());
        Optional<AdminDesk> admin = admin(web, command);
        if (admin.isEmpty()) {
            return;
        }
        ReindexPlan plan = admin.get().plan(knowledgeBase);
        if (plan.refusal().isPresent()) {
            respond(web, command, SlackMessage.plain(Replies.notice(plan.refusal().get())));
            return;
        }
        for (String kb : plan.knowledgeBases()) {
            ProgressMessage progress = new ProgressMessage(web, postStart(web, command, kb), renderer, clock, progressInterval);
            ReindexOutcome outcome = admin.get().reindex(kb, progress);
            outcome.summary().ifPresentOrElse(progress::done, () -> progress.failed(kb, outcome.failure().orElseThrow()));
        }
    }

    public void status(SlashCommand command) {
        SlackWeb web = workspaces.web(command.team());
        admin(web, command).ifPresent(admin -> respond(web, command, renderer.status(admin.status(), admin.reindexable())));
    }

    /**
     * The progress message goes in the command's channel, or in a DM with the admin when Docent is
     * not a member there. A reindex has a thread of its own: it may wait out a rate limit in place.
     */
    private MessageRef postStart(SlackWeb web, SlashCommand command, String knowledgeBase) {
        try {
            return SlackDeliveries.waiting(() -> web.post(command.channel(), Optional.empty(), renderer.starting(knowledgeBase)));
        } catch (SlackCallException e) {
            if (!e.notInChannel()) {
                throw e;
            }
            respond(web, command, SlackMessage.plain(Replies.REPORTING_IN_DM));
            return SlackDeliveries.waiting(() -> web.post(command.user(), Optional.empty(), renderer.starting(knowledgeBase)));
        }
    }

    private Optional<AdminDesk> admin(SlackWeb web, SlashCommand command) {
        // Slack channels are the team's own unless docent.yml says otherwise, as for questions.
        Place place = desk.place(command.team(), command.channel(), Visibility.PRIVATE);
        Optional<AdminDesk> admin = desk.admin(PLATFORM, place, command.user(), new SlackMembership(web, command.user()));
        if (admin.isEmpty()) {
            respond(web, command, SlackMessage.plain(Replies.notice(Notices.NOT_ADMIN)));
        }
        return admin;
    }

    private void respond(SlackWeb web, SlashCommand command, SlackMessage message) {
        deliveries.inOrder(command.channel(), () -> {
            web.respondEphemerally(command.responseUrl(), message);
            return command;
        });
    }
}
