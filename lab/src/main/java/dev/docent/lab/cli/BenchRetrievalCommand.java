package dev.docent.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.error.UserInputException;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.ZScoreFusion;
import dev.docent.lab.bench.BeirDataset;
import dev.docent.lab.bench.RetrievalBench;
import dev.docent.lab.bench.RetrievalBenchmark;
import dev.docent.lab.bench.WarmUp;
import dev.docent.lab.embedding.EmbeddingCache;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent bench retrieval --beir <dir>}: BM25, dense and hybrid retrieval side by side on a BEIR data set. */
@Command(name = "retrieval", description = "Compare BM25, dense and hybrid retrieval on a BEIR-format data set.")
final class BenchRetrievalCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--beir", required = true, paramLabel = "<dir>",
            description = "A BEIR data set: corpus.jsonl, queries.jsonl, qrels/test.tsv.")
    private Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--embedding-cache", paramLabel = "<dir>",
            description = "Where passage embeddings are kept between runs (the cache 'intents train' uses too). "
                    + "Default: DOCENT_HOME/embedding-cache.")
    private Path cache;

    @Option(names = "--lexical-weight", paramLabel = "<w>",
            description = "BM25 weight of the hybrid's z-score fusion, 0 to 1. Default: ${DEFAULT-VALUE}.")
    private double lexicalWeight = HybridRetriever.Settings.LEXICAL_WEIGHT;

    @Option(names = "--keep-index", description = "Keep the benchmark's knowledge base afterwards (faster reruns).")
    private boolean keepIndex;

    @Option(names = "--warm-up", paramLabel = "<queries>", defaultValue = "" + WarmUp.DEFAULT_CALLS,
            description = "Queries each method runs, in whole uncounted passes, before its latency is measured "
                    + "(default ${DEFAULT-VALUE}); 0 for none.")
    private int warmUpQueries;

    @Override
    public Integer call() throws IOException {
        DocentCommand root = bench.root;
        if (warmUpQueries < 0) {
            throw new UserInputException("--warm-up is a number of queries, 0 or more: " + warmUpQueries);
        }
        BeirDataset dataset = BeirDataset.read(dir);
        DocentRuntime runtime = root.runtime();
        PrintStream err = root.console().err();
        HybridRetriever.Settings defaults = HybridRetriever.Settings.defaults();
        HybridRetriever.Settings settings = defaults.withFusion(new ZScoreFusion(lexicalWeight));
        Path cacheDir = cache != null ? cache : EmbeddingCache.defaultDirectory(root.settings().home());
        RetrievalBenchmark.Result result = new RetrievalBench(runtime, cacheDir, err).run(dataset, settings, warmUpQueries, keepIndex);
        PrintStream out = root.console().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            out.printf("%d queries, %,d documents (%s)%n", result.queries(), dataset.corpus().size(), dataset.name());
            out.printf("%-8s %8s %10s %8s %8s%n", "method", "nDCG@10", "recall@100", "p50 ms", "p95 ms");
            result.methods().forEach((name, m) -> out.printf("%-8s %8.3f %10.3f %8.1f %8.1f%n",
                    name, m.ndcg10(), m.recall100(), m.p50Ms(), m.p95Ms()));
            out.printf("Latency is per query, query embedding included (hybrid: BM25 runs while the query is embedded), measured"
                    + " after %d warm-up queries per method.%n", warmUpQueries);
        }
        out.flush();
        return ExitCode.OK;
    }
}
