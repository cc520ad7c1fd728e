package dev.docent.app.console;

import dev.docent.indexer.progress.IndexingListener;
import dev.docent.indexer.progress.IndexingProgress;
import dev.docent.indexer.progress.IndexingReport;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an indexing run as a progress bar on stderr, so stdout stays clean for results. */
public final class ConsoleProgress implements IndexingListener {

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
                    .build();
        }
        bar.stepTo(progress.documentsDone());
        bar.setExtraMessage(progress.chunksDone() + " chunks"
                + (progress.failed() > 0 ? ", " + progress.failed() + " failed" : ""));
    }

    @Override
    public synchronized void finished(IndexingReport report) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.printf("Indexed %d documents (%d chunks) into '%s' in %.1f s%s.%n",
                report.documents(), report.chunks(), report.knowledgeBase(), report.took().toMillis() / 1000.0,
                report.removedChunks() > 0 ? ", removed " + report.removedChunks() + " stale chunks" : "");
        for (IndexingReport.DocumentFailure failure : report.failures()) {
            err.printf("  skipped %s: %s%n", failure.documentId(), failure.reason());
        }
        err.flush();
    }
}
