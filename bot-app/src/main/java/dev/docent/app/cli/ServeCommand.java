package dev.docent.app.cli;

import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.SlackPlatforms;
import dev.docent.app.platform.DiscordPlatforms;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.FirstRun;
import dev.docent.app.server.DocentService;
import java.io.PrintStream;
import java.util.List;
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

    @ParentCommand
    private DocentCommand root;

    @Option(names = "--host", paramLabel = "<address>", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: all interfaces).")
    private String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = root.console().err();
        DocentRuntime runtime = root.runtime();
        FirstRun.ensureKnowledgeBases(runtime, root.settings(), err, new ConsoleProgress(err));
        DocentService service = DocentService.start(host, root.settings().httpPort(), runtime.elasticsearchProbe(),
                (desk, metrics) -> Stream.of(
                                SlackPlatforms.fromEnvironment(root.environment(), desk, metrics),
                                DiscordPlatforms.fromEnvironment(root.environment(), desk, metrics))
                        .flatMap(List::stream).toList(),
                metrics -> runtime.supportDesk(root.config(), SourceFactory.forConfiguration(root.settings()), metrics));
        // Ctrl-C ends the JVM through its shutdown hooks: the platforms are closed there, so that
        // they disconnect cleanly instead of vanishing.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "docent-serve-stop"));
        err.printf("Docent is serving on http://%s:%d (GET /health, GET /metrics). Chat platforms: %s.%n",
                host, service.port(), service.platformNames().isEmpty()
                        ? "none configured (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or DISCORD_TOKEN)"
                        : String.join(", ", service.platformNames()));
        stopped.await();
        return ExitCode.OK;
    }
}
