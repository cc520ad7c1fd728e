package dev.docent.app.console;

import dev.docent.indexer.progress.IndexingListener;
import dev.docent.indexer.progress.IndexingProgress;
import dev.docent.indexer.progress.IndexingReport;
import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an indexing run as a progress bar on stderr (documents, chunks, rate, time left), so stdout stays clean for results. */
public final class ConsoleProgress implements IndexingListener {

    private static final int EMPTY_SHOWN = 10;

    private final PrintStream err;
    private ProgressBar bar;

    public ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progressed(IndexingProgress progress) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Indexing " + progress.knowledgeBase())
                    .setInitialMax(progress.documentsTotal())
                    .setUnit(" docs", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .showSpeed()
                    .build();
        }
        bar.maxHint(progress.documentsTotal());
        bar.stepTo(progress.documentsDone());
        bar.setExtraMessage(" " + progress.chunksDone() + " chunks"
                + (progress.failed() > 0 ? ", " + progress.failed() + " failed" : ""));
    }

    @Override
    public synchronized void finished(IndexingReport report) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.printf("Indexed '%s' (%s) in %.1f s: %d added, %d changed, %d removed, %d unchanged, %d failed%s; %d chunks written.%n",
                report.knowledgeBase(), report.mode().label(), report.took().toMillis() / 1000.0, report.added(),
                report.changed(), report.removed(), report.unchanged(), report.failures().size(),
                report.empty() > 0 ? ", " + report.empty() + " empty" : "", report.chunksWritten());
        for (IndexingReport.DocumentFailure failure : report.failures()) {
            err.printf("  skipped %s: %s%n", failure.documentId(), failure.reason());
        }
        if (report.empty() > 0) {
            // Navigation stubs and redirect pages are normal in a docs tree: name a few, not hundreds.
            List<String> shown = report.emptyDocuments().subList(0, Math.min(EMPTY_SHOWN, report.empty()));
            err.printf("  skipped %d empty %s (no text to index): %s%s%n", report.empty(), report.empty() == 1 ? "page" : "pages",
                    String.join(", ", shown), report.empty() > shown.size() ? ", ..." : "");
        }
        err.flush();
    }
}
