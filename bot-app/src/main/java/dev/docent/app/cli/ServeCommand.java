package dev.docent.app.cli;

import dev.docent.app.admin.AdminRoutes;
import dev.docent.app.admin.AdminToken;
import dev.docent.app.config.Durations;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.SlackPlatforms;
import dev.docent.app.platform.DiscordPlatforms;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.FirstRun;
import dev.docent.app.server.DocentService;
import dev.docent.app.server.RetentionSchedule;
import dev.docent.core.conversation.ConversationRetention;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent serve}: runs Docent for the chat platforms that are configured, until stopped. */
@Command(name = "serve", description = "Serve Docent in Slack and Discord (whichever is configured), "
        + "with /health and /metrics on DOCENT_HTTP_PORT (default 3000). Stops on Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    /** Questions pass the retention period continuously; an hour late is close enough and costs one search an hour. */
    private static final Duration RETENTION_RUNS = Duration.ofHours(1);

    @ParentCommand
    private DocentCommand root;

    @Option(names = "--host", paramLabel = "<address>", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: all interfaces).")
    private String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = root.console().err();
        // A token too short to be safe stops serve before anything starts.
        Optional<AdminToken> adminToken = AdminToken.fromEnvironment(root.environment());
        DocentRuntime runtime = root.runtime();
        FirstRun.ensureKnowledgeBases(runtime, root.settings(), List.of(), err, new ConsoleProgress(err));
        Optional<AdminRoutes> admin = adminToken.map(token -> AdminRoutes.create(token, runtime.elasticsearch(),
                runtime.catalog()::names, runtime::knowledgeBaseStatuses, runtime.teamAnswers(), Clock.systemUTC()));
        DocentService service = DocentService.start(host, root.settings().httpPort(), runtime.elasticsearchProbe(),
                (desk, metrics) -> Stream.of(
                                SlackPlatforms.fromEnvironment(root.environment(), desk, metrics, runtime.elasticsearch()),
                                DiscordPlatforms.fromEnvironment(root.environment(), desk, metrics))
                        .flatMap(List::stream).toList(),
                metrics -> runtime.supportDesk(root.config(), SourceFactory.forConfiguration(root.settings()), metrics),
                routes -> admin.ifPresent(page -> page.register(routes)));
        Optional<RetentionSchedule> retention = root.config().questionRetention().map(keepFor -> RetentionSchedule.start(
                new ConversationRetention(runtime.elasticsearch(), Clock.systemUTC()), keepFor, RETENTION_RUNS));
        // Ctrl-C ends the JVM through its shutdown hooks: the platforms are closed there, so that
        // they disconnect cleanly instead of vanishing.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            retention.ifPresent(RetentionSchedule::close);
            service.close();
            stopped.countDown();
        }, "docent-serve-stop"));
        err.printf("Docent is serving on http://%s:%d (GET /health, GET /metrics). Chat platforms: %s.%n",
                host, service.port(), service.platformNames().isEmpty()
                        ? "none configured (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or DISCORD_TOKEN)"
                        : String.join(", ", service.platformNames()));
        err.println(admin.isPresent() ? "The admin page is at /admin (sign in with DOCENT_ADMIN_TOKEN)."
                : "The admin page is off: set DOCENT_ADMIN_TOKEN to turn it on at /admin.");
        root.config().questionRetention().ifPresent(keepFor -> err.printf(
                "Answered questions are kept for %s (retention in docent.yml), then forgotten.%n", Durations.format(keepFor)));
        stopped.await();
        return ExitCode.OK;
    }
}
