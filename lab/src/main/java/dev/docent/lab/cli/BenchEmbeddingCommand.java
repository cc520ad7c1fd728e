package dev.docent.lab.cli;

import dev.docent.app.cli.ExitCode;
import dev.docent.core.embedding.BgeSmallOnOneThread;
import dev.docent.core.error.UserInputException;
import dev.docent.lab.bench.BeirCorpusSource;
import dev.docent.lab.bench.EmbeddingPatterns.Pattern;
import dev.docent.lab.bench.EmbeddingPatterns;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent bench embedding --corpus <corpus.jsonl>}: which way of calling the embedding model is fastest here. */
@Command(name = "embedding", description = {
        "Compare ways of calling the bge-small model on a sample of a BEIR corpus, in interleaved rounds:",
        "its own embedAll, and one text per call on a number of threads, with the stock ONNX session",
        "(all cores per call) and with the indexer's single-threaded one. Prints documents per second (median of rounds)."})
final class BenchEmbeddingCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--corpus", required = true, paramLabel = "<corpus.jsonl>", description = "The corpus file.")
    private Path corpus;

    @Option(names = "--sample", paramLabel = "<docs>", defaultValue = "30",
            description = "Documents embedded by each pattern in each round (default: ${DEFAULT-VALUE}).")
    private int sample;

    @Option(names = "--rounds", paramLabel = "<n>", defaultValue = "8",
            description = "Rounds; short rounds, many of them, spread a changing load evenly (default: ${DEFAULT-VALUE}).")
    private int rounds;

    /** The median resists the bursts of load other processes put on a shared machine better than the mean. */
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new UserInputException("No corpus at " + corpus);
        }
        if (sample < 2 || rounds < 1) {
            throw new UserInputException("--sample needs at least 2 documents and --rounds at least 1");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        EmbeddingModel stock = new BgeSmallEnV15QuantizedEmbeddingModel();
        EmbeddingModel single = BgeSmallOnOneThread.load();
        List<Pattern> patterns = List.of(
                new Pattern("stock session, embedAll (default settings)", stock, 0, true),
                new Pattern("stock session, 1 text per call, " + cores + " threads", stock, cores, false),
                new Pattern("stock session, 1 text per call, " + 2 * cores + " threads", stock, 2 * cores, false),
                new Pattern("single-threaded session, 1 text per call, 1 thread", single, 1, false),
                new Pattern("single-threaded session, 1 text per call, " + cores + " threads (indexer)", single, cores, false),
                new Pattern("single-threaded session, 1 text per call, " + 2 * cores + " threads", single, 2 * cores, false));
        List<List<String>> documents = EmbeddingPatterns.sample(new BeirCorpusSource(corpus).list(), sample);
        Map<String, List<Double>> rates = EmbeddingPatterns.measure(patterns, documents, rounds);
        PrintStream out = bench.root.console().out();
        out.printf("%d documents (%d chunks) per pattern and round, %d cores%n", documents.size(),
                documents.stream().mapToInt(List::size).sum(), cores);
        rates.forEach((name, perRound) -> out.printf("%-68s median %6.2f docs/s  (rounds: %s)%n", name, median(perRound),
                perRound.stream().map(r -> String.format("%.1f", r)).collect(Collectors.joining(", "))));
        return ExitCode.OK;
    }
}
