package dev.docent.app.console;

import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.UnreadFormats;
import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an indexing run as a progress bar on stderr (documents, chunks, rate, time left), so stdout stays clean for results. */
public final class ConsoleProgress implements ReindexListener {

    private static final int EMPTY_SHOWN = 10;

    private final PrintStream err;
    private ProgressBar bar;

    public ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progressed(ReindexProgress progress) {
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
    public synchronized void finished(ReindexSummary summary) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.printf("Indexed '%s' (%s) in %.1f s: %d added, %d changed, %d removed, %d unchanged, %d failed%s; %d chunks written.%n",
                summary.knowledgeBase(), summary.mode().label(), summary.took().toMillis() / 1000.0, summary.added(),
                summary.changed(), summary.removed(), summary.unchanged(), summary.failures().size(),
                summary.empty() > 0 ? ", " + summary.empty() + " empty" : "", summary.chunksWritten());
        for (ReindexSummary.Failure failure : summary.failures()) {
            err.printf("  skipped %s: %s%n", failure.document(), failure.reason());
        }
        if (summary.empty() > 0) {
            // Navigation stubs and redirect pages are normal in a docs tree: name a few, not hundreds.
            List<String> shown = summary.emptyDocuments().subList(0, Math.min(EMPTY_SHOWN, summary.empty()));
            err.printf("  skipped %d empty %s (no text to index): %s%s%n", summary.empty(), summary.empty() == 1 ? "page" : "pages",
                    String.join(", ", shown), summary.empty() > shown.size() ? ", ..." : "");
        }
        if (!summary.unreadDocumentation().isEmpty()) {
            err.printf("  not read: %s, in formats Docent does not read%n", UnreadFormats.describe(summary.unreadDocumentation()));
        }
        err.flush();
    }
}
