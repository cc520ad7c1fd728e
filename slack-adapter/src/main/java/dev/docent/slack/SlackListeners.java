package dev.docent.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.docent.core.desk.EventIntake;
import dev.docent.core.desk.Notices;
import dev.docent.core.feedback.Vote;
import dev.docent.slack.command.CommandHandler;
import dev.docent.slack.command.SlashCommand;
import dev.docent.slack.escalation.SaveAsAnswer;
import dev.docent.slack.feedback.AnswerButtons;
import dev.docent.slack.question.IncomingMessage;
import dev.docent.slack.question.QuestionHandler;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackAnswerRenderer;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.Failures;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackWorkspaces;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Docent listens to in Slack - the table of contents - and the translation of each payload
 * into Docent's own terms. Every listener acknowledges at once (Slack wants an ack within 3
 * seconds, and Socket Mode sends it only when the listener returns) and leaves the work to the
 * executor. Events are handled once, however often Slack delivers them, on whichever replica.
 */
final class SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
    static final String COMMAND = "/docent";
    /** Slack retries within minutes: a few thousand ids cover a busy workspace's retries many times over. */
    private static final int REMEMBERED_EVENTS = 10_000;

    private final QuestionHandler questions;
    private final CommandHandler commands;
    private final AnswerButtons buttons;
    private final SaveAsAnswer teaching;
    private final SlackWorkspaces workspaces;
    private final MeterRegistry metrics;
    private final Executor work;
    private final EventIntake intake;
    private final RecentEvents recent = new RecentEvents(REMEMBERED_EVENTS);

    /** @param intake how events are handled once across replicas; runs handlers on {@code work} too */
    SlackListeners(QuestionHandler questions, CommandHandler commands, AnswerButtons buttons, SaveAsAnswer teaching,
                   SlackWorkspaces workspaces, MeterRegistry metrics, Executor work, EventIntake intake) {
        this.questions = questions;
        this.commands = commands;
        this.buttons = buttons;
        this.teaching = teaching;
        this.workspaces = workspaces;
        this.metrics = metrics;
        this.work = work;
        this.intake = intake;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, this::mention);
        app.event(MessageEvent.class, this::message);
        app.command(COMMAND, this::command);
        app.blockAction(SlackAnswerRenderer.HELPFUL, (req, ctx) -> click(req, ctx, c -> buttons.vote(c, Vote.HELPFUL)));
        app.blockAction(SlackAnswerRenderer.NOT_HELPFUL, (req, ctx) -> click(req, ctx, c -> buttons.vote(c, Vote.NOT_HELPFUL)));
        app.blockAction(SlackAnswerRenderer.TALK_TO_HUMAN, (req, ctx) -> click(req, ctx, buttons::talkToHuman));
        app.messageShortcut(SaveAsAnswer.CALLBACK_ID, this::saveAsAnswer);
    }

    private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        // Bots' mentions are never answered (no loops); DMs arrive as message events instead.
        if (event.getBotId() != null || event.getUser() == null || event.getChannel().startsWith("D")) {
            return ignored(ctx, "bot_or_dm_mention");
        }
        IncomingMessage message = new IncomingMessage(payload.getTeamId(), event.getChannel(), event.getUser(),
                event.getText(), event.getTs(), Optional.ofNullable(event.getThreadTs()), ctx.getBotUserId());
        once(payload.getEventId(), ctx, "mention", () -> questions.mention(message));
        return ctx.ack();
    }

    private Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (event.getBotId() != null || event.getUser() == null || event.getUser().equals(ctx.getBotUserId())) {
            return ignored(ctx, "bot_message");
        }
        IncomingMessage message = new IncomingMessage(payload.getTeamId(), event.getChannel(), event.getUser(),
                event.getText(), event.getTs(), Optional.ofNullable(event.getThreadTs()), ctx.getBotUserId());
        if ("im".equals(event.getChannelType())) {
            once(payload.getEventId(), ctx, "direct_message", () -> questions.directMessage(message));
        } else if (message.inThread() && !message.text().contains("<@" + ctx.getBotUserId())) {
            once(payload.getEventId(), ctx, "thread_reply", () -> questions.threadReply(message));
        } else {
            // Channel chatter, and mentions (answered through app_mention).
            return ignored(ctx, "not_for_docent");
        }
        return ctx.ack();
    }

    private Response command(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        SlashCommand command = new SlashCommand(payload.getTeamId(), payload.getChannelId(), payload.getUserId(),
                payload.getUserName(), payload.getCommand(), payload.getText(), payload.getResponseUrl());
        metrics.counter("docent.slack.commands").increment();
        work.execute(() -> commands.handle(command));
        return ctx.ack();
    }

    private Response click(BlockActionRequest request, ActionContext ctx, Consumer<AnswerButtons.Click> handler) {
        BlockActionPayload payload = request.getPayload();
        BlockActionPayload.Container container = payload.getContainer();
        String threadTs = payload.getMessage() != null ? payload.getMessage().getThreadTs() : container.getThreadTs();
        MessageRef answerMessage = new MessageRef(payload.getChannel().getId(), container.getMessageTs(),
                Optional.ofNullable(threadTs));
        BlockActionPayload.User user = payload.getUser();
        String team = payload.getTeam() != null ? payload.getTeam().getId() : null;
        AnswerButtons.Click click = new AnswerButtons.Click(team, user.getId(),
                payload.getActions().get(0).getValue(), answerMessage, payload.getResponseUrl());
        work.execute(() -> {
            try {
                handler.accept(click);
            } catch (RuntimeException e) {
                log.atError().addKeyValue("error", Failures.describe(e)).log("a button click failed");
                try {
                    workspaces.web(click.team()).respondEphemerally(click.responseUrl(),
                            SlackMessage.plain(Replies.notice(Notices.CLICK_FAILED)));
                } catch (RuntimeException unreachable) {
                    log.atError().addKeyValue("error", Failures.describe(unreachable)).log("could not tell the user either");
                }
            }
        });
        return ctx.ack();
    }

    /**
     * Runs the handler once for this event across replicas - unless it was handled already, here or
     * elsewhere. A redelivery to this replica is dropped from memory without asking Elasticsearch; one
     * that finds another replica at work on it waits to see it done, and answers itself if that
     * replica falls silent (see {@link EventIntake}).
     */
    private void once(String eventId, EventContext ctx, String kind, Supplier<CompletionStage<?>> handler) {
        if (ctx.getRetryNum() != null && ctx.getRetryNum() > 0) {
            log.atDebug().addKeyValue("retry", ctx.getRetryNum()).addKeyValue("reason", ctx.getRetryReason())
                    .log("Slack redelivered an event");
        }
        if (!recent.firstSeen(eventId)) {
            metrics.counter("docent.slack.events", "kind", kind, "outcome", "duplicate").increment();
            return;
        }
        intake.once("slack", eventId, () -> {
            try {
                return handler.get();
            } catch (RuntimeException e) {
                metrics.counter("docent.slack.failures", "stage", kind).increment();
                log.atError().addKeyValue("kind", kind).addKeyValue("error", Failures.describe(e)).log("a Slack event failed");
                log.debug("event failure", e);
                return CompletableFuture.completedFuture(null);
            }
        }, outcome -> metrics.counter("docent.slack.events", "kind", kind, "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment());
    }

    private Response saveAsAnswer(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = request.getPayload();
        Message message = payload.getMessage();
        SaveAsAnswer.Reply reply = new SaveAsAnswer.Reply(payload.getTeam().getId(), payload.getChannel().getId(),
                payload.getUser().getId(), message.getText(), message.getTs(), Optional.ofNullable(message.getThreadTs()),
                payload.getResponseUrl(), ctx.getBotUserId());
        work.execute(() -> {
            try {
                teaching.save(reply);
            } catch (RuntimeException e) {
                log.atError().addKeyValue("error", Failures.describe(e)).log("save as answer failed");
            }
        });
        return ctx.ack();
    }

    private Response ignored(EventContext ctx, String why) {
        metrics.counter("docent.slack.events", "kind", "ignored", "outcome", why).increment();
        return ctx.ack();
    }
}
