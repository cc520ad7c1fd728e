package dev.docent.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.lab.bench.BeirCorpusSource;
import dev.docent.lab.bench.IndexBenchResult;
import dev.docent.lab.bench.IndexBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent bench index --corpus <corpus.jsonl>}: indexing throughput next to raw embedding, reindex speedup, heap. */
@Command(name = "index", description = {
        "Index a BEIR corpus (JSON lines: _id, title, text) into a scratch knowledge base twice - a first full index,",
        "then an unchanged reindex - and print throughput, the raw embedding rate measured in the same run, the",
        "unchanged-reindex speedup and the peak live heap. The scratch knowledge base is deleted afterwards."})
final class BenchIndexCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--corpus", required = true, paramLabel = "<corpus.jsonl>", description = "The corpus file.")
    private Path corpus;

    @Option(names = "--json", description = "Print one JSON object: docs, chunks, docsPerSec, chunksPerSec, "
            + "rawEmbedPerSec, pipelineToRawRatio, unchangedSpeedup, heapPeakMb.")
    private boolean json;

    @Option(names = "--kb", paramLabel = "<name>", defaultValue = "bench-index",
            description = "The scratch knowledge base (default: ${DEFAULT-VALUE}); it is replaced and then deleted.")
    private String knowledgeBase;

    @Option(names = "--raw-sample", paramLabel = "<docs>", defaultValue = "600",
            description = "Documents whose chunks are embedded alone to measure the raw rate (default: ${DEFAULT-VALUE}).")
    private int rawSample;

    @Override
    public Integer call() throws IOException {
        KnowledgeBaseName.require(knowledgeBase);
        if (!Files.isRegularFile(corpus)) {
            throw new UserInputException("No corpus at " + corpus);
        }
        if (rawSample < 2) {
            throw new UserInputException("--raw-sample needs at least 2 documents");
        }
        DocentRuntime runtime = bench.root.runtime();
        IndexBenchResult result = new IndexBenchmark(runtime.elasticsearch(), runtime.indexer(), runtime.chunkEmbedder())
                .run(new BeirCorpusSource(corpus), knowledgeBase, rawSample, new ConsoleProgress(bench.root.console().err()));
        PrintStream out = bench.root.console().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result.figures()));
            return ExitCode.OK;
        }
        out.printf("documents            %d (%d chunks)%s%n", result.docs(), result.chunks(),
                result.failedDocs() > 0 ? ", " + result.failedDocs() + " failed" : "");
        out.printf("first index          %.1f s: %.2f docs/s, %.2f chunks/s%n", result.firstRunSeconds(),
                result.docsPerSec(), result.chunksPerSec());
        out.printf("raw embedding        %.2f docs/s (%d sampled documents, %d threads, same calls as the pipeline)%n",
                result.rawEmbedPerSec(), result.rawSampleDocs(), result.embeddingThreads());
        out.printf("pipeline / raw       %.1f%%%n", 100 * result.pipelineToRawRatio());
        out.printf("unchanged reindex    %.2f s (%d documents unchanged): %.1fx faster%n", result.unchangedRunSeconds(),
                result.unchangedDocs(), result.unchangedSpeedup());
        out.printf("heap after GC, peak  %.1f MB (max heap %.0f MB)%n", result.heapPeakMb(), result.maxHeapMb());
        return ExitCode.OK;
    }
}
