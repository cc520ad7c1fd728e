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
import dev.docent.core.install.CachedInstallations;
import dev.docent.core.install.Installations;
import dev.docent.slack.admin.AdminCommands;
import dev.docent.slack.command.CommandHandler;
import dev.docent.slack.escalation.SaveAsAnswer;
import dev.docent.slack.feedback.AnswerButtons;
import dev.docent.slack.http.SlackHttpEndpoint;
import dev.docent.slack.install.InstallPages;
import dev.docent.slack.install.InstallStores;
import dev.docent.slack.install.InstalledWorkspaces;
import dev.docent.slack.install.SlackInstallEndpoint;
import dev.docent.slack.install.SlackInstallStates;
import dev.docent.slack.install.SlackInstallationService;
import dev.docent.slack.question.QuestionHandler;
import dev.docent.slack.render.EscalationCaseRenderer;
import dev.docent.slack.render.HelpRenderer;
import dev.docent.slack.render.ReindexRenderer;
import dev.docent.slack.render.SlackAnswerRenderer;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;
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
 * Docent in Slack, through Bolt: in HTTP mode Slack posts to {@link SlackHttpEndpoint#PATH} (see
 * {@link #httpEndpoint()}); in Socket Mode Docent connects out to Slack. Which one follows from the
 * settings. Either in the team's own workspace with its bot token, or installed by many
 * workspaces through Slack's OAuth flow (see {@link #installEndpoint()}), each answered with the
 * token it granted.
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
    /**
     * How long a replica reuses a workspace's installation before reading it again: an uninstall
     * handled by another replica reaches this one within this time.
     */
    private static final Duration INSTALLATION_MEMORY = Duration.ofMinutes(1);

    private final SlackSettings settings;
    private final SupportDesk desk;
    private final Slack slack;
    private final App app;
    private final Optional<InstallStores> installs;
    private final ExecutorService work;
    private final ExecutorService intake;
    private final ExecutorService calls;
    private final ExecutorService reindexes;
    private final ScheduledExecutorService housekeeping;
    private SocketModeApp socketMode;
    private volatile boolean started;

    private SlackPlatform(SlackSettings settings, SupportDesk desk, MeterRegistry metrics, Optional<InstallStores> installs) {
        if (settings.oauth().isPresent() != installs.isPresent()) {
            throw new IllegalArgumentException("Slack installed by many workspaces needs stores for their installations, "
                    + "and only then");
        }
        this.settings = settings;
        this.desk = desk;
        this.installs = installs;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret().orElse(null))
                .authTestCacheEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                // Bolt reads SLACK_CLIENT_ID and the like from the process environment itself: what
                // Docent was given decides, and nothing else.
                .singleTeamBotToken(settings.botToken().orElse(null))
                .clientId(null)
                .clientSecret(null);
        settings.oauth().ifPresent(oauth -> appConfig
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .scope(oauth.scopes())
                .userScope(null)
                .redirectUri(oauth.redirectUri().orElse(null))
                .oauthInstallPath(SlackInstallEndpoint.INSTALL_PATH)
                .oauthRedirectUriPath(SlackInstallEndpoint.REDIRECT_PATH)
                // Straight to Slack's authorize page: an "Add to Slack" link or button needs no page of Docent's in between.
                .oAuthInstallPageRenderingEnabled(false)
                .oAuthRedirectUriPageRenderer(new InstallPages()));
        this.app = new App(appConfig.build());
        SlackWorkspaces workspaces = installs.<SlackWorkspaces>map(stores -> installedBy(stores, slack))
                .orElseGet(() -> SlackWorkspaces.one(new SlackWeb(slack, settings.botToken().orElseThrow())));
        this.work = Executors.newFixedThreadPool(ANSWER_THREADS, daemons("docent-slack"));
        this.intake = Executors.newFixedThreadPool(INTAKE_THREADS, daemons("docent-slack-intake"));
        this.calls = Executors.newFixedThreadPool(SLACK_CALL_THREADS, daemons("docent-slack-calls"));
        this.reindexes = Executors.newCachedThreadPool(daemons("docent-slack-reindex"));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(daemons("docent-slack-housekeeping"));

        SlackDeliveries deliveries = new SlackDeliveries(calls, housekeeping);
        EscalationCaseRenderer cases = new EscalationCaseRenderer();
        QuestionHandler questions = new QuestionHandler(desk, workspaces, deliveries,
                new AnswerLanes(work, AnswerLanes.Limits.forThisMachine(), metrics), new SlackAnswerRenderer(), cases, metrics);
        AdminCommands admin = new AdminCommands(desk, workspaces, deliveries, new ReindexRenderer(), Clock.systemUTC(),
                settings.progressInterval());
        new SlackListeners(questions, new CommandHandler(questions, admin, new HelpRenderer(), workspaces, deliveries, reindexes),
                new AnswerButtons(desk, workspaces, deliveries, cases), new SaveAsAnswer(desk, workspaces, deliveries), workspaces,
                metrics, intake,
                desk.intake(housekeeping, intake))
                .register(app);
    }

    /**
     * @param metrics  where Slack's own event counters go; the desk counts answers, votes and escalations
     * @param installs where installations are kept when the settings say workspaces install Docent; else empty
     */
    public static SlackPlatform create(SlackSettings settings, SupportDesk desk, MeterRegistry metrics,
                                       Optional<InstallStores> installs) {
        return new SlackPlatform(settings, desk, metrics, installs);
    }

    /**
     * Bolt finds each request's workspace and token through the installations, and deletes them
     * when Slack says the app was uninstalled or its tokens revoked; replies find their token the
     * same way.
     */
    private SlackWorkspaces installedBy(InstallStores stores, Slack slack) {
        Installations installations = new CachedInstallations(stores.installations(), Clock.systemUTC(), INSTALLATION_MEMORY);
        app.asOAuthApp(true);
        app.service(new SlackInstallationService(installations, Clock.systemUTC()));
        app.service(new SlackInstallStates(stores.states()));
        app.oauthCallbackStateError(SlackInstallEndpoint::refuseState);
        app.enableTokenRevocationHandlers();
        return new InstalledWorkspaces(slack, installations);
    }

    /**
     * When workspaces install Docent, the endpoint to serve at {@link SlackInstallEndpoint#INSTALL_PATH}
     * and {@link SlackInstallEndpoint#REDIRECT_PATH}; else empty.
     */
    public Optional<SlackInstallEndpoint> installEndpoint() {
        return installs.map(stores -> new SlackInstallEndpoint(app));
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
        installs.ifPresent(stores -> housekeeping.scheduleWithFixedDelay(() -> forgetAbandonedInstalls(stores), 10, 15,
                TimeUnit.MINUTES));
        started = true;
        log.atInfo().addKeyValue("mode", settings.socketMode() ? "socket" : "http")
                .addKeyValue("workspaces", installs.isPresent() ? "installed" : "one").log("Slack is ready");
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

    private void forgetAbandonedInstalls(InstallStores stores) {
        try {
            stores.states().forgetExpired();
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.getClass().getName()).log("could not purge abandoned install states");
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
