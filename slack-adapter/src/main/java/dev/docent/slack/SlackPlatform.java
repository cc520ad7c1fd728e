package dev.docent.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.docent.core.chat.ChatPlatform;
import dev.docent.core.desk.AnswerLanes;
import dev.docent.core.desk.SupportDesk;
import dev.docent.slack.admin.AdminCommands;
import dev.docent.slack.command.CommandHandler;
import dev.docent.slack.escalation.SaveAsAnswer;
import dev.docent.slack.feedback.AnswerButtons;
import dev.docent.slack.http.SlackHttpEndpoint;
import dev.docent.slack.question.QuestionHandler;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.HelpRenderer;
import dev.docent.slack.render.ReindexRenderer;
import dev.docent.slack.render.SlackAnswerRenderer;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docent in one Slack workspace, through Bolt: in HTTP mode Slack posts to
 * {@link SlackHttpEndpoint#PATH} (see {@link #httpEndpoint()}); in Socket Mode Docent connects
 * out to Slack. Which one follows from the settings.
 */
public final class SlackPlatform implements ChatPlatform {

    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);
    /** Answers take tens of milliseconds; a few threads keep "working on it" signs prompt under bursts. */
    private static final int ANSWER_THREADS = 4;
    /**
     * Events, clicks and commands are taken in (de-duplicated, placeholder posted) on threads of
     * their own: under load they never queue behind the answers being worked out.
     */
    private static final int INTAKE_THREADS = 4;
    /** Slack calls are one HTTP round trip each; a rate-limited channel holds none of these threads. */
    private static final int SLACK_CALL_THREADS = 4;
    /** Slack stops retrying an event within minutes; the ledger forgets after an hour. */
    private static final Duration EVENT_MEMORY = Duration.ofHours(1);

    private final SlackSettings settings;
    private final SupportDesk desk;
    private final Slack slack;
    private final App app;
    private final ExecutorService work;
    private final ExecutorService intake;
    private final ExecutorService calls;
    private final ExecutorService reindexes;
    private final ScheduledExecutorService housekeeping;
    private SocketModeApp socketMode;
    private volatile boolean started;

    private SlackPlatform(SlackSettings settings, SupportDesk desk, MeterRegistry metrics) {
        this.settings = settings;
        this.desk = desk;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                .authTestCacheEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        this.work = Executors.newFixedThreadPool(ANSWER_THREADS, daemons("docent-slack"));
        this.intake = Executors.newFixedThreadPool(INTAKE_THREADS, daemons("docent-slack-intake"));
        this.calls = Executors.newFixedThreadPool(SLACK_CALL_THREADS, daemons("docent-slack-calls"));
        this.reindexes = Executors.newCachedThreadPool(daemons("docent-slack-reindex"));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(daemons("docent-slack-housekeeping"));

        SlackWeb web = new SlackWeb(slack, settings.botToken());
        SlackDeliveries deliveries = new SlackDeliveries(calls, housekeeping);
        EscalationCaseRenderer cases = new EscalationCaseRenderer();
        QuestionHandler questions = new QuestionHandler(desk, web, deliveries,
                new AnswerLanes(work, AnswerLanes.Limits.forThisMachine(), metrics), new SlackAnswerRenderer(), cases, metrics);
        AdminCommands admin = new AdminCommands(desk, web, deliveries, new ReindexRenderer(), Clock.systemUTC(),
                settings.progressInterval());
        new SlackListeners(questions, new CommandHandler(questions, admin, new HelpRenderer(), web, deliveries, reindexes),
                new AnswerButtons(desk, web, deliveries, cases), new SaveAsAnswer(desk, web, deliveries), web, metrics, intake,
                desk.intake(housekeeping, intake))
                .register(app);
    }

    /** @param metrics where Slack's own event counters go; the desk counts answers, votes and escalations */
    public static SlackPlatform create(SlackSettings settings, SupportDesk desk, MeterRegistry metrics) {
        return new SlackPlatform(settings, desk, metrics);
    }

    /** In HTTP mode, the endpoint to serve at {@link SlackHttpEndpoint#PATH}; empty in Socket Mode. */
    public Optional<SlackHttpEndpoint> httpEndpoint() {
        return settings.signingSecret().filter(secret -> !settings.socketMode())
                .map(secret -> new SlackHttpEndpoint(app, secret));
    }

    @Override
    public String name() {
        return "slack";
    }

    /** Checks the bot token with Slack (auth.test) and, in Socket Mode, connects; fails with a clear message otherwise. */
    @Override
    public synchronized void start() {
        try {
            app.start();
        } catch (IllegalArgumentException e) {
            // Bolt's words for both a refused token and an unreachable Slack: say where it asked.
            throw new IllegalArgumentException("Slack did not accept SLACK_BOT_TOKEN (auth.test at " + settings.apiUrl()
                    + "): " + e.getMessage(), e);
        }
        if (settings.socketMode()) {
            startSocketMode();
        }
        housekeeping.scheduleWithFixedDelay(this::forgetOldEvents, 10, 15, TimeUnit.MINUTES);
        started = true;
        log.atInfo().addKeyValue("mode", settings.socketMode() ? "socket" : "http").log("Slack is ready");
    }

    private void startSocketMode() {
        String appToken = settings.appToken().orElseThrow();
        try {
            // Bolt swallows a refused app token and fails later with a NullPointerException: ask first.
            AppsConnectionsOpenResponse check = slack.methods().appsConnectionsOpen(r -> r.token(appToken));
            if (!check.isOk()) {
                throw new IllegalArgumentException("Slack refused SLACK_APP_TOKEN: " + check.getError());
            }
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach Slack for Socket Mode at " + settings.apiUrl() + ": "
                    + e.getMessage(), e);
        } catch (SlackApiException e) {
            throw new IllegalArgumentException("Slack refused SLACK_APP_TOKEN: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start Socket Mode: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean connected() {
        if (!started) {
            return false;
        }
        if (settings.socketMode()) {
            SocketModeClient client = socketMode.getClient();
            return client != null && client.verifyConnection();
        }
        return app.status() == App.Status.Running;
    }

    private void forgetOldEvents() {
        try {
            desk.forgetDeliveriesOlderThan(EVENT_MEMORY);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.getClass().getName()).log("could not purge the event ledger");
        }
    }

    @Override
    public synchronized void close() {
        started = false;
        try {
            if (socketMode != null) {
                socketMode.close();
            } else {
                app.stop();
            }
        } catch (Exception e) {
            log.atWarn().addKeyValue("error", e.getMessage()).log("Slack did not stop cleanly");
        }
        housekeeping.shutdownNow();
        reindexes.shutdownNow();
        calls.shutdown();
        intake.shutdownNow();
        work.shutdown();
        try {
            if (!work.awaitTermination(5, TimeUnit.SECONDS)) {
                work.shutdownNow();
            }
        } catch (InterruptedException e) {
            work.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            log.atDebug().addKeyValue("error", e.getMessage()).log("Slack client did not close cleanly");
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
