package dev.docent.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.evaluation.GoldenQuestion;
import dev.docent.app.evaluation.GoldenSet;
import dev.docent.app.evaluation.GoldenSetEvaluation;
import dev.docent.app.evaluation.GoldenSetReport;
import dev.docent.app.runtime.DocentRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent eval}: runs a golden set and prints retrieval and refusal quality, and latency. */
@Command(name = "eval", description = "Measure answer quality on a golden set (default: the sample's).")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    private DocentCommand root;

    @Mixin
    private KnowledgeBaseOptions knowledgeBases;

    @Option(names = "--golden", paramLabel = "<file>",
            description = "JSON lines: {\"id\", \"question\", \"pages\", \"answerable\"}. Default: the bundled sample's.")
    private Path golden;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        List<GoldenQuestion> questions = readQuestions();
        DocentRuntime runtime = root.runtime();
        Set<String> scope = knowledgeBases.resolve(runtime, root.settings(), root.config(), root.console());
        // One pass to warm the JVM and Elasticsearch's caches: the figures are about steady state.
        new GoldenSetEvaluation(runtime.retriever(), runtime.docent(scope), scope).run(questions);
        GoldenSetReport report = new GoldenSetEvaluation(runtime.retriever(), runtime.docent(scope), scope).run(questions);
        PrintStream out = root.console().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(report));
        } else {
            out.printf("questions        %d answerable, %d unanswerable%n", report.answerable(), report.unanswerable());
            out.printf("recall@5         %.3f%n", report.recallAt5());
            out.printf("MRR              %.3f%n", report.mrr());
            out.printf("answered         %.1f%% of answerable questions%n", 100 * report.answeredRate());
            out.printf("refused          %.1f%% of unanswerable questions%n", 100 * report.refusedRate());
            out.printf("latency          p50 %.1f ms, p95 %.1f ms (warm, whole answer pipeline)%n", report.p50Ms(), report.p95Ms());
        }
        return ExitCode.OK;
    }

    private List<GoldenQuestion> readQuestions() throws IOException {
        if (golden == null) {
            return GoldenSet.sample();
        }
        if (!Files.isRegularFile(golden)) {
            throw new IllegalArgumentException("No golden set at " + golden);
        }
        try (InputStream in = Files.newInputStream(golden)) {
            return GoldenSet.read(in);
        }
    }
}
