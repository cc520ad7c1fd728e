package dev.docent.lab.bench.admin;

import dev.docent.app.admin.AdminRoutes;
import dev.docent.app.admin.AdminToken;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.server.DocentService;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.error.UserInputException;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.lab.bench.serve.Latencies;
import dev.docent.lab.bench.serve.ResidentMemory;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code docent bench admin}: how long the admin page takes to render over many stored questions,
 * and this process's memory with it open. Writes a month of questions to a tenant of its own,
 * serves the admin page on an ephemeral port, signs in and fetches each page over HTTP, then
 * deletes what it wrote. Prints figures; asserts nothing.
 */
@Command(name = "admin", description = "Write N answered questions (a month, the sample's golden questions in several wordings, "
        + "really embedded) to a tenant of their own, serve the admin page, and print how long the overview, the docs-gap "
        + "report, the pages report and the cases take to render (first and median of the next), and resident memory.")
public final class BenchAdminCommand implements Callable<Integer> {

    private static final List<String> PAGES = List.of("/admin", "/admin/gaps", "/admin/pages", "/admin/cases");

    @Spec
    private CommandSpec spec;

    @Option(names = "--questions", paramLabel = "<n>", defaultValue = "10000",
            description = "Answered questions to store (default: ${DEFAULT-VALUE}).")
    private int questions;

    @Option(names = "--rounds", paramLabel = "<n>", defaultValue = "5", description = "Fetches of each page after the first (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--keep", description = "Keep the questions written (by default they are deleted at the end).")
    private boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (questions < 1 || rounds < 1) {
            throw new UserInputException("--questions and --rounds need at least 1");
        }
        DocentCommand root = (DocentCommand) spec.root().userObject();
        PrintStream err = root.console().err();
        PrintStream out = root.console().out();
        DocentRuntime runtime = root.runtime();
        ElasticsearchConnection elasticsearch = runtime.elasticsearch();
        DeskIndices.create(elasticsearch);
        String tenant = "bench-admin-" + UUID.randomUUID();
        String token = UUID.randomUUID().toString();
        long writing = System.nanoTime();
        err.printf("Writing %d answered questions to %s...%n", questions, tenant);
        AdminHistory.write(elasticsearch, QueryEmbedder.forBge(runtime.queryEmbeddingModel()), tenant, questions, Instant.now());
        err.printf("Written in %.0f s.%n", (System.nanoTime() - writing) / 1e9);
        AdminRoutes admin = AdminRoutes.create(AdminToken.fromEnvironment(Map.of(AdminToken.VARIABLE, token)).orElseThrow(),
                elasticsearch, runtime.catalog()::names, runtime::knowledgeBaseStatuses, runtime.teamAnswers(), Clock.systemUTC());
        try (DocentService service = DocentService.start("127.0.0.1", 0, runtime.elasticsearchProbe(), (desk, metrics) -> List.of(),
                metrics -> null, admin::register)) {
            AdminPageClient browser = new AdminPageClient(service.port());
            browser.signIn(token);
            out.printf("%d stored questions in one tenant, last 30 days; %d cores%n", questions, Runtime.getRuntime().availableProcessors());
            for (String page : PAGES) {
                String path = page + "?tenant=" + tenant;
                double first = timed(browser, path);
                List<Double> next = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    next.add(timed(browser, path));
                }
                out.printf("%-14s first %7.0f ms   median of next %d %7.0f ms   (%d kB of HTML)%n", page, first, rounds,
                        Latencies.ofMillis(next).p50Ms(), browser.page(path).body().length() / 1024);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.printf("Docent's JVM with the admin page open: heap used %.0f MB, resident %s%n", heap / 1e6,
                    ResidentMemory.megabytes(ProcessHandle.current().pid()).map(mb -> String.format("%.0f MB", mb)).orElse("unknown"));
        } finally {
            if (!keep) {
                Query mine = Query.of(q -> q.bool(b -> b.should(s -> s.term(t -> t.field("tenant").value(tenant)))
                        .should(s -> s.term(t -> t.field("answered.tenant").value(tenant)))));
                for (String index : List.of(ElasticsearchAnswerLog.INDEX, ElasticsearchFeedbackStore.INDEX, ElasticsearchEscalationCases.INDEX)) {
                    elasticsearch.deleteMatching(index, mine);
                }
            }
        }
        return ExitCode.OK;
    }

    private static double timed(AdminPageClient browser, String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        browser.page(path);
        return Latencies.nanosToMillis(System.nanoTime() - start);
    }
}
