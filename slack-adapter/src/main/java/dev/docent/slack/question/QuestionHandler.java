package dev.docent.slack.question;

import dev.docent.core.answer.Answer;
import dev.docent.core.desk.AnswerLanes;
import dev.docent.core.desk.DeskReply;
import dev.docent.core.desk.Handover;
import dev.docent.core.desk.Notices;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.QuestionText;
import dev.docent.core.question.ThreadMessage;
import dev.docent.core.question.Visibility;
import dev.docent.slack.command.SlashCommand;
import dev.docent.slack.escalation.SlackCaseBoard;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackAnswerRenderer;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.MessageRef;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackRateLimitedException;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates questions asked in Slack for the support desk: a mention (answered in its thread), a
 * direct message (in the DM), a follow-up in a thread Docent answered (with the thread as context),
 * and {@code /docent ask}.
 *
 * <p>Every answer starts as a "working on it" placeholder that the desk's reply then replaces -
 * an answer or a notice - so the asker is never left waiting in silence. When the desk hands the
 * question to a person, the asker is told so in the thread. Messages go through
 * {@link SlackDeliveries}: a rate-limited channel waits its turn without holding an answer thread;
 * should Slack keep refusing the channel, the answer goes to the asker's direct messages.
 */
public final class QuestionHandler {

    private static final Logger log = LoggerFactory.getLogger(QuestionHandler.class);
    private static final String PLATFORM = "slack";

    /**
     * Slack workspaces are the team's own space: a channel counts as private unless docent.yml
     * says it is public (e.g. a Slack Connect channel shared with customers).
     */
    private static final Visibility OBSERVED = Visibility.PRIVATE;

    private final SupportDesk desk;
    private final SlackWorkspaces workspaces;
    private final SlackDeliveries deliveries;
    private final AnswerLanes lanes;
    private final SlackAnswerRenderer renderer;
    private final EscalationCaseRenderer cases;
    private final MeterRegistry metrics;

    /**
     * @param deliveries how messages reach Slack: in order per channel, rate limits waited out without a thread
     * @param lanes      where answers are worked out once the placeholder is up, within bounds per channel
     * @param metrics    counts answers Slack would not take where they were asked
     */
    public QuestionHandler(SupportDesk desk, SlackWorkspaces workspaces, SlackDeliveries deliveries, AnswerLanes lanes,
                           SlackAnswerRenderer renderer, EscalationCaseRenderer cases, MeterRegistry metrics) {
        this.desk = desk;
        this.workspaces = workspaces;
        this.deliveries = deliveries;
        this.lanes = lanes;
        this.renderer = renderer;
        this.cases = cases;
        this.metrics = metrics;
    }

    /**
     * A mention in a channel: the answer goes in the message's thread, with the thread so far as context.
     * Like the two below, it returns at once; the stage completes when the asker has the reply (or was told why not).
     */
    public CompletableFuture<Void> mention(IncomingMessage message) {
        SlackWeb web = workspaces.web(message.team());
        return answerBelow(web, message, Optional.of(message.threadTs().orElse(message.ts())), () -> historyOf(web, message));
    }

    /** A direct message: answered in the DM itself (in its thread, if it was posted in one). */
    public CompletableFuture<Void> directMessage(IncomingMessage message) {
        SlackWeb web = workspaces.web(message.team());
        return answerBelow(web, message, message.inThread() ? message.threadTs() : Optional.empty(), () -> historyOf(web, message));
    }

    /** A reply in a channel thread without a mention: answered only if it continues a conversation with Docent. */
    public CompletableFuture<Void> threadReply(IncomingMessage message) {
        SlackWeb web = workspaces.web(message.team());
        ThreadContext context = context(web, message);
        if (context.isFollowUpBy(message.user())) {
            return answerBelow(web, message, message.threadTs(), () -> context.historyBefore(message.ts()));
        }
        return CompletableFuture.completedFuture(null);
    }

    /** {@code /docent ask <question>}: answered in the channel, showing who asked what. */
    public void ask(SlashCommand command, String text) {
        SlackWeb web = workspaces.web(command.team());
        try {
            QuestionText.of(text);
        } catch (InvalidQuestionException e) {
            respond(web, command, Replies.notice(e.getMessage()));
            return;
        }
        deliveries.inOrder(command.channel(),
                        () -> web.post(command.channel(), Optional.empty(), renderer.commandPlaceholder(command.userName(), text)))
                .thenAccept(placeholder -> inLane(web, command.team(), placeholder, () -> answerInto(web, placeholder,
                        new Question(text, command.user(), place(command.team(), command.channel()), List.of()),
                        (answer, id) -> renderer.renderForCommand(command.userName(), text, answer, id))))
                .exceptionally(failure -> {
                    if (cause(failure) instanceof SlackCallException e && e.notInChannel()) {
                        respond(web, command, Replies.NOT_IN_CHANNEL);
                    } else {
                        couldNotStart(failure);
                    }
                    return null;
                });
    }

    private static ThreadContext context(SlackWeb web, IncomingMessage message) {
        return new ThreadContext(web.threadMessages(message.channel(), message.threadTs().orElseThrow()), message.botUserId());
    }

    /** The thread so far; an answer without it beats no answer, so a failure to read it is only logged. */
    private static List<ThreadMessage> historyOf(SlackWeb web, IncomingMessage message) {
        if (!message.inThread()) {
            return List.of();
        }
        try {
            return context(web, message).historyBefore(message.ts());
        } catch (SlackCallException e) {
            log.atWarn().addKeyValue("error", e.error()).log("answering without the thread's earlier messages");
            return List.of();
        }
    }

    /**
     * The placeholder goes up first - the asker sees Docent at work at once - then the thread is read
     * and the answer written; the stage completes once the placeholder is replaced, or could not be posted.
     */
    private CompletableFuture<Void> answerBelow(SlackWeb web, IncomingMessage message, Optional<String> thread,
                                                Supplier<List<ThreadMessage>> history) {
        return deliveries.inOrder(message.channel(), () -> web.post(message.channel(), thread, SlackMessage.plain(Replies.WORKING)))
                .thenCompose(placeholder -> inLane(web, message.team(), placeholder, () -> answerInto(web, placeholder,
                        new Question(SlackMarkup.toPlainText(message.text(), message.botUserId()), message.user(),
                                place(message.team(), message.channel()), history.get()),
                        renderer::render)))
                .exceptionally(failure -> {
                    couldNotStart(failure);
                    return null;
                });
    }

    /**
     * The answer is worked out in the channel's lane; when Docent is saturated the placeholder says
     * so instead. The stage completes once the placeholder is replaced either way.
     */
    private CompletableFuture<Void> inLane(SlackWeb web, String team, MessageRef placeholder,
                                           Supplier<CompletableFuture<?>> answer) {
        CompletableFuture<Void> replied = new CompletableFuture<>();
        Runnable job = () -> {
            try {
                answer.get().whenComplete((shown, failure) -> replied.complete(null));
            } catch (RuntimeException e) {
                replied.completeExceptionally(e);
                throw e;
            }
        };
        if (lanes.offer(PLATFORM, team, placeholder.channel(), job)) {
            return replied;
        }
        return deliveries.inOrder(placeholder.channel(), () -> {
            web.update(placeholder, SlackMessage.plain(Replies.notice(Notices.BUSY)));
            return null;
        });
    }

    private Place place(String team, String channel) {
        return desk.place(team, channel, OBSERVED);
    }

    /**
     * Runs on an answer thread; whatever Slack then does with the reply, it never waits for it. The
     * stage completes once Slack took the reply (or refused it, and the asker was told).
     */
    private CompletableFuture<?> answerInto(SlackWeb web, MessageRef placeholder, Question question,
                                            BiFunction<Answer, String, SlackMessage> draw) {
        DeskReply reply = desk.ask(PLATFORM, question, new SlackCaseBoard(web, deliveries, cases, placeholder));
        Optional<Handover> handover = reply instanceof DeskReply.Answered answered ? answered.handover() : Optional.empty();
        SlackMessage shown = switch (reply) {
            case DeskReply.Declined declined -> SlackMessage.plain(Replies.notice(declined.notice()));
            case DeskReply.Failed failed -> SlackMessage.plain(Replies.notice(failed.notice()));
            case DeskReply.Answered answered -> draw.apply(answered.answer(), answered.answered().id());
        };
        return deliveries.inOrder(placeholder.channel(), () -> {
            web.update(placeholder, shown);
            return placeholder;
        }).whenComplete((shownThere, failure) -> {
            if (failure == null) {
                handover.ifPresent(h -> tell(web, placeholder, Replies.notice(h.notice())));
            } else if (cause(failure) instanceof SlackRateLimitedException) {
                undelivered("rate_limited");
                inPrivate(web, question.user(), placeholder.channel(), shown);
            } else if (cause(failure) instanceof SlackCallException e) {
                undelivered("refused");
                log.atError().addKeyValue("error", e.error()).log("Slack refused an answer");
                tell(web, placeholder, Replies.couldNotShowAnswer(e.error()));
            } else {
                undelivered("failed");
                log.atError().addKeyValue("error", cause(failure).getClass().getName()).log("could not show an answer");
            }
        });
    }

    private void undelivered(String why) {
        metrics.counter("docent.slack.undelivered", "why", why).increment();
    }

    /** The answer in the asker's direct messages (a conversation with limits of its own), saying why it is there. */
    private void inPrivate(SlackWeb web, String user, String channel, SlackMessage answer) {
        deliveries.inOrder(user, () -> {
            web.post(user, Optional.empty(), SlackMessage.plain(Replies.answeredInPrivate(channel)));
            return web.post(user, Optional.empty(), answer);
        }).exceptionally(failure -> {
            log.atError().addKeyValue("error", cause(failure).getClass().getName())
                    .log("could not show an answer in the channel nor in direct messages");
            return null;
        });
    }

    private void tell(SlackWeb web, MessageRef below, String text) {
        deliveries.inOrder(below.channel(), () -> web.post(below.channel(), Optional.of(below.replyThread()), SlackMessage.plain(text)))
                .exceptionally(failure -> {
                    log.atError().addKeyValue("error", cause(failure).getClass().getName()).log("could not post a notice");
                    return null;
                });
    }

    private void respond(SlackWeb web, SlashCommand command, String text) {
        deliveries.inOrder(command.channel(), () -> {
            web.respondEphemerally(command.responseUrl(), SlackMessage.plain(text));
            return command;
        });
    }

    private static void couldNotStart(Throwable failure) {
        Throwable cause = cause(failure);
        log.atError().addKeyValue("error", cause instanceof SlackCallException e ? e.error() : cause.getClass().getName())
                .log("could not answer a Slack question");
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
