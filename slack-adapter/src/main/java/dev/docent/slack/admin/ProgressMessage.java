package dev.docent.slack.admin;

import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.slack.render.ReindexRenderer;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Slack message that follows a reindex, called from the reindexing thread: edited in place as
 * progress comes in, never more often than the throttle allows, and finally replaced by the summary (or the failure). A failed
 * edit is logged and skipped: the reindex itself goes on.
 */
final class ProgressMessage implements ReindexListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressMessage.class);

    private final SlackWeb web;
    private final MessageRef message;
    private final ReindexRenderer renderer;
    private final EditThrottle throttle;

    ProgressMessage(SlackWeb web, MessageRef message, ReindexRenderer renderer, Clock clock, Duration interval) {
        this.web = web;
        this.message = message;
        this.renderer = renderer;
        this.throttle = new EditThrottle(clock, interval);
    }

    @Override
    public void progressed(ReindexProgress progress) {
        if (throttle.due()) {
            edit(renderer.progress(progress));
        }
    }

    /**
     * The summary, once the desk's reindex returned it. Not {@link ReindexListener#finished}: that
     * comes while the run still holds the knowledge base's lock, and the last edit may wait its turn.
     */
    void done(ReindexSummary summary) {
        finalEdit(renderer.summary(summary));
    }

    void failed(String knowledgeBase, String reason) {
        finalEdit(renderer.failed(knowledgeBase, reason));
    }

    /**
     * The last word waits its turn too, so the message is never edited twice within an interval,
     * and waits out a rate limit (the reindex's own thread): a progress edit may be skipped, the summary not.
     */
    private void finalEdit(SlackMessage text) {
        try {
            Thread.sleep(throttle.untilNext());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        edit(() -> SlackDeliveries.waiting(() -> {
            web.update(message, text);
            return message;
        }));
    }

    private void edit(SlackMessage text) {
        edit(() -> web.update(message, text));
    }

    private void edit(Runnable update) {
        try {
            update.run();
        } catch (SlackCallException e) {
            log.atWarn().addKeyValue("error", e.error()).log("could not edit the reindex progress message");
        } finally {
            throttle.edited();
        }
    }
}
