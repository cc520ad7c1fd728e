package dev.docent.lab.cli;

import dev.docent.app.cli.ExitCode;
import dev.docent.core.error.UserInputException;
import dev.docent.lab.bench.HostilePages;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent bench hostile-pages}: how long pages built to stall a reader take to read and chunk. */
@Command(name = "hostile-pages", description = {
        "Read and chunk pages built to stall a reader (markup opened thousands of times and never closed, runs of",
        "spaces, HTML nested thousands deep, ...) as the indexer does, and print how long each took."})
final class BenchHostilePagesCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--scale", paramLabel = "<n>", defaultValue = "1",
            description = "Make every page n times as long (default: ${DEFAULT-VALUE}): a reader that keeps pace takes n times as long.")
    private int scale;

    @Option(names = "--patience", paramLabel = "<seconds>", defaultValue = "120",
            description = "Give a page up after this long (default: ${DEFAULT-VALUE}).")
    private int patience;

    @Override
    public Integer call() throws InterruptedException {
        if (scale < 1 || scale > 100 || patience < 1) {
            throw new UserInputException("--scale takes 1 to 100, --patience at least 1 second");
        }
        PrintStream out = bench.root.console().out();
        out.printf("%-48s %9s %10s %9s%n", "page", "KB", "seconds", "passages");
        for (HostilePages.Page page : HostilePages.pages(scale)) {
            HostilePages.Reading reading = HostilePages.read(page, Duration.ofSeconds(patience));
            out.printf("%-48s %9d %10s %9s%n", page.name(), reading.bytes() / 1024,
                    reading.took().map(took -> String.format("%.2f", took.toNanos() / 1e9)).orElse(reading.failure()),
                    reading.took().isPresent() ? String.valueOf(reading.passages()) : "-");
        }
        return ExitCode.OK;
    }
}
