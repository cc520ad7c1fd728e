package dev.docent.slack.admin;

import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.slack.command.SlashCommand;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.ReindexRenderer;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.Failures;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackWeb;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /docent reindex [knowledge-base]} and {@code /docent status}, for admins only; anyone
 * else gets a refusal only they see. A reindex reports in one message, edited in place.
 */
public final class AdminCommands {

    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);

    private final Reindexer reindexer;
    private final AdminCheck admins;
    private final SlackWeb web;
    private final ReindexRenderer renderer;
    private final Clock clock;
    private final Duration progressInterval;

    public AdminCommands(Reindexer reindexer, AdminCheck admins, SlackWeb web, ReindexRenderer renderer, Clock clock,
                         Duration progressInterval) {
        this.reindexer = reindexer;
        this.admins = admins;
        this.web = web;
        this.renderer = renderer;
        this.clock = clock;
        this.progressInterval = progressInterval;
    }

    /** Reindexes the named knowledge base, or every reindexable one; blocks until done (run it off the ack thread). */
    public void reindex(SlashCommand command, Optional<String> knowledgeBase) {
        if (!admitted(command)) {
            return;
        }
        List<String> reindexable = reindexer.reindexable();
        if (knowledgeBase.isPresent() && !reindexable.contains(knowledgeBase.get())) {
            respond(command, renderer.cannotReindex(knowledgeBase.get(), reindexable));
            return;
        }
        if (reindexable.isEmpty()) {
            respond(command, renderer.nothingToReindex());
            return;
        }
        for (String kb : knowledgeBase.map(List::of).orElse(reindexable)) {
            reindexOne(command, kb);
        }
    }

    public void status(SlashCommand command) {
        if (admitted(command)) {
            respond(command, renderer.status(reindexer.status(), reindexer.reindexable()));
        }
    }

    private void reindexOne(SlashCommand command, String knowledgeBase) {
        ProgressMessage progress = new ProgressMessage(web, postStart(command, knowledgeBase), renderer, clock, progressInterval);
        try {
            ReindexSummary summary = reindexer.reindex(knowledgeBase, progress);
            progress.finished(summary);
        } catch (ReindexInProgressException | UnknownKnowledgeBaseException e) {
            progress.failed(knowledgeBase, e.getMessage());
        } catch (RuntimeException e) {
            log.atError().addKeyValue("knowledgeBase", knowledgeBase).addKeyValue("error", Failures.describe(e))
                    .setCause(e).log("reindex failed");
            progress.failed(knowledgeBase, "an error on my side (" + e.getClass().getSimpleName() + "); the logs have the details");
        }
    }

    /** The progress message goes in the command's channel, or in a DM with the admin when Docent is not a member there. */
    private MessageRef postStart(SlashCommand command, String knowledgeBase) {
        try {
            return web.post(command.channel(), Optional.empty(), renderer.starting(knowledgeBase));
        } catch (SlackCallException e) {
            if (!e.notInChannel()) {
                throw e;
            }
            respond(command, SlackMessage.plain(Replies.REPORTING_IN_DM));
            return web.post(command.user(), Optional.empty(), renderer.starting(knowledgeBase));
        }
    }

    private boolean admitted(SlashCommand command) {
        if (admins.isAdmin(command.team(), command.user())) {
            return true;
        }
        log.atInfo().addKeyValue("team", command.team()).addKeyValue("user", command.user()).log("admin command refused");
        respond(command, SlackMessage.plain(Replies.NOT_ADMIN));
        return false;
    }

    private void respond(SlashCommand command, SlackMessage message) {
        web.respondEphemerally(command.responseUrl(), message);
    }
}
