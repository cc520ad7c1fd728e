package dev.docent.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.app.evaluation.GoldenQuestion;
import dev.docent.app.evaluation.GoldenSet;
import dev.docent.app.evaluation.GoldenSetEvaluation;
import dev.docent.app.evaluation.GoldenSetReport;
import dev.docent.app.evaluation.HtmlReport;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.cache.AnswerCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent eval}: runs a golden set and prints retrieval, citation and refusal quality, and latency. */
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

    @Option(names = "--report", paramLabel = "<dir>", description = "Also write an HTML report with charts to <dir>/index.html.")
    private Path reportDir;

    @Override
    public Integer call() throws IOException {
        List<GoldenQuestion> questions = readQuestions();
        DocentRuntime runtime = root.runtime();
        Set<String> scope = knowledgeBases.resolve(runtime, root.settings(), root.config(), root.console());
        // One pass to warm the JVM and Elasticsearch's caches: the figures are about steady state.
        // Both passes bypass the answer cache, which would otherwise answer the second from memory.
        new GoldenSetEvaluation(runtime.uncachedGrounding(), scope).run(questions);
        GoldenSetReport report = new GoldenSetEvaluation(runtime.uncachedGrounding(), scope).run(questions);
        Optional<Double> cacheHitRate = cacheHitRateOfRepeatedPass(runtime, scope, questions);
        String generator = runtime.answerModel().map(m -> "model " + m).orElse("extractive answers");
        Optional<Path> html = Optional.ofNullable(reportDir).map(dir -> HtmlReport.write(dir, report,
                "Docent golden-set report: " + (golden == null ? "bundled sample" : golden.getFileName()), generator));
        PrintStream out = root.console().out();
        if (json) {
            ObjectNode node = new ObjectMapper().valueToTree(report);
            cacheHitRate.ifPresent(rate -> node.put("cacheHitRateOnRepeat", rate));
            out.println(node);
        } else {
            out.printf("questions           %d answerable, %d unanswerable (%s)%n", report.answerable(), report.unanswerable(), generator);
            out.printf("recall@%d            %.3f%n", GoldenSetEvaluation.RECALL_DEPTH, report.recallAt5());
            out.printf("MRR                 %.3f%n", report.mrr());
            out.printf("nDCG@10             %.3f%n", report.ndcgAt10());
            out.printf("citation precision  %.3f (cited passages from a gold page)%n", report.citationPrecision());
            out.printf("answered            %.1f%% of answerable questions (%d wrongly refused)%n",
                    100 * report.answeredRate(), report.wronglyRefused());
            out.printf("refused             %.1f%% of unanswerable questions (%d of %d)%n",
                    100 * report.refusedRate(), report.correctlyRefused(), report.unanswerable());
            out.printf("latency             p50 %.1f ms, p95 %.1f ms (warm, whole answer pipeline)%n", report.p50Ms(), report.p95Ms());
            cacheHitRate.ifPresent(rate -> out.printf("answer cache        %.1f%% hits when the set is asked again%n", 100 * rate));
            html.ifPresent(file -> out.println("report              " + file));
        }
        return ExitCode.OK;
    }

    /** Asks the set twice through the answer cache; the second pass shows what the cache serves. */
    private static Optional<Double> cacheHitRateOfRepeatedPass(DocentRuntime runtime, Set<String> scope,
                                                               List<GoldenQuestion> questions) {
        Optional<AnswerCache> cache = runtime.answerCache();
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        questions.forEach(q -> runtime.grounding().answer(q.question(), scope));
        long hits = cache.get().hits();
        long lookups = cache.get().lookups();
        questions.forEach(q -> runtime.grounding().answer(q.question(), scope));
        return Optional.of((double) (cache.get().hits() - hits) / (cache.get().lookups() - lookups));
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
