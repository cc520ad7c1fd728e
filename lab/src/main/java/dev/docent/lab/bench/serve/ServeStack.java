package dev.docent.lab.bench.serve;

import dev.docent.app.cli.DocentCommand;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.SlackPlatforms;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.FirstRun;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.app.server.DocentService;
import dev.docent.slack.SlackSettings;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Docent as {@code docent serve} runs it - the runtime of the root command (the embedded node
 * unless ES_URL is set), the sample knowledge base on first run, the HTTP server and Slack in HTTP
 * mode - with SLACK_API_URL pointing at a {@link FakeSlackApi} in this process.
 */
final class ServeStack implements ServingStack {

    private final DocentRuntime runtime;
    private final FakeSlackApi slack;
    private final DocentService service;
    private final SignedMentions mentions;

    private ServeStack(DocentRuntime runtime, FakeSlackApi slack, DocentService service, SignedMentions mentions) {
        this.runtime = runtime;
        this.slack = slack;
        this.service = service;
        this.mentions = mentions;
    }

    static ServeStack start(DocentCommand root, PrintStream err) throws IOException {
        DocentRuntime runtime = root.runtime();
        FirstRun.ensureKnowledgeBases(runtime, root.settings(), List.of(SampleKnowledgeBase.NAME), err,
                new ConsoleProgress(err));
        FakeSlackApi slack = FakeSlackApi.start();
        try {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            SlackSettings settings = SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-bench",
                    "SLACK_SIGNING_SECRET", secret, "SLACK_API_URL", slack.apiUrl())).orElseThrow();
            DocentService service = DocentService.start("127.0.0.1", 0, runtime.elasticsearchProbe(),
                    (desk, metrics) -> List.of(SlackPlatforms.platform(settings, desk, metrics)),
                    metrics -> runtime.supportDesk(root.config(), SourceFactory.forConfiguration(root.settings()), metrics));
            SignedMentions mentions = new SignedMentions(List.of(URI.create("http://127.0.0.1:" + service.port() + "/slack/events")), secret);
            return new ServeStack(runtime, slack, service, mentions);
        } catch (RuntimeException e) {
            slack.close();
            throw e;
        }
    }

    @Override
    public FakeSlackApi slack() {
        return slack;
    }

    @Override
    public SignedMentions mentions() {
        return mentions;
    }

    @Override
    public int healthPort() {
        return service.port();
    }

    /** This process (Docent, the fake Slack and the askers) and the embedded node, whichever child runs it now. */
    @Override
    public List<WatchedProcess> processes() {
        return List.of(WatchedProcess.of("docent", ProcessHandle.current().pid()),
                new WatchedProcess("elasticsearch", ResidentMemory::embeddedNode));
    }

    @Override
    public Optional<Counter> cacheCounter(String result) {
        return Optional.ofNullable(runtime.metrics().find("docent.answer.cache").tag("result", result).counter());
    }

    @Override
    public boolean answerCacheOn() {
        return runtime.answerCache().isPresent();
    }

    @Override
    public void close() {
        service.close();
        slack.close();
    }
}
