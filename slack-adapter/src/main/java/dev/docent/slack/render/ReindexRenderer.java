package dev.docent.slack.render;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.UnreadFormats;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Reindex progress (a bar, counts, rate), its summary, and the status of every knowledge base. */
public final class ReindexRenderer {

    static final int BAR_CELLS = 20;
    static final int FAILURES_SHOWN = 10;

    public SlackMessage starting(String knowledgeBase) {
        return SlackMessage.plain(":arrows_counterclockwise: Reindexing *" + SlackText.safe(knowledgeBase) + "*: starting…");
    }

    public SlackMessage progress(ReindexProgress progress) {
        StringBuilder text = new StringBuilder(":arrows_counterclockwise: Reindexing *")
                .append(SlackText.safe(progress.knowledgeBase())).append("*\n`")
                .append(bar(progress.fractionDone())).append("` ")
                .append(Math.round(progress.fractionDone() * 100)).append("%\n")
                .append(progress.documentsDone()).append(" of ").append(progress.documentsTotal()).append(" documents · ")
                .append(progress.chunksDone()).append(" chunks · ")
                .append(String.format(Locale.ROOT, "%.1f", progress.documentsPerSecond())).append(" documents/s");
        progress.remaining().ifPresent(r -> text.append(" · about ").append(duration(r)).append(" left"));
        if (progress.failed() > 0) {
            text.append(" · ").append(progress.failed()).append(" failed");
        }
        return SlackMessage.plain(text.toString());
    }

    public SlackMessage summary(ReindexSummary summary) {
        boolean clean = summary.failures().isEmpty();
        StringBuilder text = new StringBuilder(clean ? ":white_check_mark:" : ":warning:")
                .append(" Reindexed *").append(SlackText.safe(summary.knowledgeBase())).append("* in ")
                .append(duration(summary.took())).append(": ")
                .append(summary.added()).append(" added, ")
                .append(summary.changed()).append(" changed, ")
                .append(summary.removed()).append(" removed, ")
                .append(summary.unchanged()).append(" unchanged, ")
                .append(summary.failures().size()).append(" failed.");
        summary.failures().stream().limit(FAILURES_SHOWN).forEach(f -> text.append("\n• `")
                .append(SlackText.safe(SlackText.shorten(f.document(), 200))).append("`: ")
                .append(SlackText.safe(SlackText.shorten(f.reason(), 300))));
        if (summary.failures().size() > FAILURES_SHOWN) {
            text.append("\n…and ").append(summary.failures().size() - FAILURES_SHOWN).append(" more failures (see the logs).");
        }
        if (!clean) {
            text.append("\nFailed documents keep what they had in the index.");
        }
        if (!summary.unreadDocumentation().isEmpty()) {
            text.append("\nNot read: ").append(UnreadFormats.describe(summary.unreadDocumentation()))
                    .append(", in formats Docent does not read.");
        }
        return SlackMessage.plain(text.toString());
    }

    public SlackMessage failed(String knowledgeBase, String reason) {
        return SlackMessage.plain(":x: Reindexing *" + SlackText.safe(knowledgeBase) + "* failed: " + SlackText.safe(reason)
                + "\nThe knowledge base still serves what it served before.");
    }

    public SlackMessage status(List<KnowledgeBaseStatus> knowledgeBases, List<String> reindexable) {
        if (knowledgeBases.isEmpty()) {
            return SlackMessage.plain("No knowledge base is indexed yet.");
        }
        StringBuilder text = new StringBuilder("*Knowledge bases*");
        for (KnowledgeBaseStatus kb : knowledgeBases) {
            text.append("\n• *").append(SlackText.safe(kb.name())).append("* (")
                    .append(kb.internal() ? "internal" : "public").append("): ")
                    .append(kb.chunks()).append(" passages");
            kb.lastRun().filter(ReindexRun::finished).ifPresentOrElse(
                    run -> text.append("; last reindex took ").append(duration(run.took().orElseThrow())).append(", ")
                            .append(run.failed()).append(" failed"),
                    () -> text.append(reindexable.contains(kb.name()) ? "; not reindexed since Docent started" : ""));
            if (!reindexable.contains(kb.name())) {
                text.append("; no source Docent can reindex from");
            }
            if (kb.outdated()) {
                text.append("; ").append(KnowledgeBaseStatus.OUTDATED_NOTE);
            }
        }
        return SlackMessage.plain(text.toString());
    }

    static String bar(double fraction) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_CELLS);
        return "█".repeat(full) + "░".repeat(BAR_CELLS - full);
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
