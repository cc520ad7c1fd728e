package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.core.error.UserInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code docent bench serve}: Docent's serving stack under load - signed Slack mentions over real
 * HTTP, a fake Slack Web API that notes when each placeholder and each answer arrives - and what
 * it does when a channel is rate-limited or Elasticsearch is killed. Prints figures; asserts nothing.
 */
@Command(name = "serve", description = "Start Docent's serving stack (embedded node, sample knowledge base, Slack in "
        + "HTTP mode against a fake Slack in this process), send it signed app_mention events at a rate and print ack, "
        + "placeholder and answer latencies, outcomes and resident memory. Scenarios: steady; rate-limited (steady, "
        + "the same load with one channel answered 429, steady again); es-kill (the embedded node is killed under load: what "
        + "/health and the askers see until answers come back); ramp (the steady load at each of --rates in turn: the highest "
        + "rate sustained with 0 errors and ack p99 < 1 s, and where it saturates). With --replicas, Docent runs as that many "
        + "'docent serve' processes in front of a cluster of --nodes Elasticsearch nodes, and each process's memory and CPU is shown.")
public final class BenchServeCommand implements Callable<Integer> {

    private static final List<Double> DEFAULT_RATES = List.of(5.0, 10.0, 20.0, 40.0, 80.0);

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "<name>", defaultValue = "steady", converter = Scenario.Converter.class,
            description = "steady (default), rate-limited, es-kill or ramp.")
    private Scenario scenario;

    @Option(names = "--rate", paramLabel = "<per second>",
            description = "Questions a second. Default: 20 (es-kill: 5).")
    private Double rate;

    @Option(names = "--seconds", paramLabel = "<s>",
            description = "How long questions are sent (rate-limited: each of its three runs; es-kill: after the kill). "
                    + "Default: 60 (es-kill: 30).")
    private Integer seconds;

    @Option(names = "--channels", paramLabel = "<n>", defaultValue = "10",
            description = "Channels the questions go to, in turn (default: ${DEFAULT-VALUE}).")
    private int channels;

    @Option(names = "--wait", paramLabel = "<s>", defaultValue = "30",
            description = "How long to wait after the last question for replies still missing (default: ${DEFAULT-VALUE}).")
    private int waitSeconds;

    @Option(names = "--kill-after", paramLabel = "<s>", defaultValue = "10",
            description = "es-kill: when the node is killed, from the first question (default: ${DEFAULT-VALUE}).")
    private int killAfterSeconds;

    @Option(names = "--warmup", paramLabel = "<n>", defaultValue = "15",
            description = "Questions sent at the rate and answered before anything is measured (default: ${DEFAULT-VALUE}: "
                    + "each sample question once). Docent on a cold JVM is slower for tens of seconds: e.g. 600 at 20/s "
                    + "warms it for 30 s.")
    private int warmup;

    @Option(names = "--rates", paramLabel = "<per second>", split = ",",
            description = "ramp: the rates stepped through, one phase of --seconds each (default: 5,10,20,40,80).")
    private List<Double> rates;

    @Option(names = "--replicas", paramLabel = "<n>",
            description = "Run Docent as n 'docent serve' processes (same configuration, own ports), the mentions spread over them "
                    + "in turn, instead of in this process. Not with es-kill.")
    private Integer replicas;

    @Option(names = "--nodes", paramLabel = "<n>", defaultValue = "1",
            description = "With --replicas and without ES_URL: the Elasticsearch nodes to start for them (default: ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    private boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Double> steps = rates != null ? List.copyOf(rates) : DEFAULT_RATES;
        ServeBenchmark.Options options = new ServeBenchmark.Options(scenario,
                rate != null ? rate : scenario == Scenario.RAMP ? steps.getFirst() : scenario.defaultRate(),
                seconds != null ? seconds : scenario.defaultSeconds(),
                channels, Duration.ofSeconds(waitSeconds), Duration.ofSeconds(killAfterSeconds), warmup, steps);
        check(options);
        checkDeployment();
        // the root command: its runtime, settings and console (BenchCommand is the parent in between)
        DocentCommand root = (DocentCommand) spec.root().userObject();
        PrintStream err = root.console().err();
        err.println("Starting Docent's serving stack...");
        ServeReport report;
        try (ServingStack stack = replicas == null ? ServeStack.start(root, err) : ReplicaStack.start(root, replicas, nodes, err)) {
            report = new ServeBenchmark(stack, err).run(options);
        }
        PrintStream out = root.console().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            ServeTable.print(report, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void checkDeployment() {
        if (replicas == null && nodes != 1) {
            throw new UserInputException("--nodes starts a cluster for --replicas: give --replicas too");
        }
        if (replicas != null && (replicas < 1 || replicas > 8 || nodes < 1 || nodes > 9)) {
            throw new UserInputException("--replicas must be between 1 and 8 and --nodes between 1 and 9");
        }
        if (replicas != null && scenario == Scenario.ES_KILL) {
            throw new UserInputException("es-kill kills the embedded node of this process: run it without --replicas");
        }
    }

    private static void check(ServeBenchmark.Options options) {
        if (!(options.rate() > 0) || options.rate() > 1000) {
            throw new UserInputException("--rate must be above 0 and at most 1000 questions a second");
        }
        if (options.seconds() < 1 || options.channels() < 1 || options.patience().isNegative() || options.warmup() < 0) {
            throw new UserInputException("--seconds and --channels must be at least 1; --wait and --warmup at least 0");
        }
        if (options.scenario() == Scenario.RATE_LIMITED && options.channels() < 2) {
            throw new UserInputException("rate-limited needs at least 2 channels: one limited, the others to compare");
        }
        if (options.rates().stream().anyMatch(r -> !(r > 0) || r > 1000)) {
            throw new UserInputException("--rates must each be above 0 and at most 1000 questions a second");
        }
        if (options.killAfter().isNegative()) {
            throw new UserInputException("--kill-after must be at least 0");
        }
    }
}
