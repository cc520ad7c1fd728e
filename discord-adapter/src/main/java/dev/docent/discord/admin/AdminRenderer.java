package dev.docent.discord.admin;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.UnreadFormats;
import dev.docent.discord.render.DiscordLimits;
import dev.docent.discord.render.Mentions;
import dev.docent.discord.render.QuietMessages;
import dev.docent.discord.render.TextFit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Draws the admins' messages: a reindex's progress and summary, and the knowledge bases' status. */
final class AdminRenderer {

    static final int BAR_CELLS = 20;
    static final int FAILURES_SHOWN = 5;

    /** Progress of the knowledge base being reindexed, under the results of those already done. */
    MessageCreateData progress(List<String> done, ReindexProgress progress, int position, int total) {
        List<String> lines = new ArrayList<>(done);
        lines.add(fmt("Reindexing **%s**%s", name(progress.knowledgeBase()),
                total > 1 ? fmt(" (%d of %d)", position, total) : ""));
        String remaining = progress.remaining().map(d -> " \u00B7 about " + duration(d) + " left").orElse("");
        lines.add(fmt("`%s` %d%% \u00B7 %,d of %,d documents \u00B7 %,d chunks \u00B7 %.1f documents/s%s%s",
                bar(progress.fractionDone()), Math.round(progress.fractionDone() * 100), progress.documentsDone(),
                progress.documentsTotal(), progress.chunksDone(), progress.documentsPerSecond(), remaining,
                progress.failed() > 0 ? fmt(" \u00B7 %,d failed", progress.failed()) : ""));
        return text(lines);
    }

    /** One knowledge base's result: what changed, how long it took, and the first documents that failed. */
    String summaryLine(ReindexSummary summary) {
        StringBuilder line = new StringBuilder(fmt(
                "%s **%s**: %,d added, %,d changed, %,d removed, %,d unchanged, %,d failed \u00B7 took %s",
                summary.failures().isEmpty() ? "\u2705" : "\u26A0\uFE0F", name(summary.knowledgeBase()),
                summary.added(), summary.changed(), summary.removed(), summary.unchanged(),
                summary.failures().size(), duration(summary.took())));
        summary.failures().stream().limit(FAILURES_SHOWN).forEach(f -> line.append("\n  - `")
                .append(Mentions.neutralise(f.document()).replace("`", "'")).append("`: ")
                .append(Mentions.neutralise(f.reason())));
        if (summary.failures().size() > FAILURES_SHOWN) {
            line.append(fmt("\n  - \u2026and %,d more", summary.failures().size() - FAILURES_SHOWN));
        }
        if (!summary.unreadDocumentation().isEmpty()) {
            line.append("\n  Not read: ").append(UnreadFormats.describe(summary.unreadDocumentation()))
                    .append(", in formats Docent does not read.");
        }
        return line.toString();
    }

    String failureLine(String knowledgeBase, String reason) {
        return fmt("\u274C **%s**: %s", name(knowledgeBase), Mentions.neutralise(reason));
    }

    MessageCreateData summary(List<String> done) {
        List<String> lines = new ArrayList<>();
        lines.add("Reindex finished.");
        lines.addAll(done);
        return text(lines);
    }

    MessageCreateData status(List<KnowledgeBaseStatus> statuses, List<String> reindexable) {
        if (statuses.isEmpty()) {
            return QuietMessages.text("This server has no knowledge bases yet.");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Knowledge bases this channel is answered from:");
        for (KnowledgeBaseStatus status : statuses) {
            lines.add(fmt("**%s** \u00B7 %,d passages \u00B7 %s \u00B7 %s", name(status.name()), status.chunks(),
                    status.internal() ? "internal" : "public",
                    reindexable.contains(status.name()) ? "reindexable with `/docent reindex`" : "indexed from the command line"));
            if (status.outdated()) {
                lines.add("  " + KnowledgeBaseStatus.OUTDATED_NOTE);
            }
            status.lastRun().filter(ReindexRun::finished).ifPresent(run -> lines.add(fmt(
                    "  last reindex: %,d added, %,d changed, %,d removed, %,d failed, took %s",
                    run.added(), run.changed(), run.removed(), run.failed(), duration(run.took().orElseThrow()))));
        }
        return text(lines);
    }

    private static MessageCreateData text(List<String> lines) {
        return QuietMessages.builder().setContent(TextFit.fit(String.join("\n", lines), DiscordLimits.CONTENT)).build();
    }

    private static String name(String knowledgeBase) {
        return Mentions.neutralise(knowledgeBase).replace("*", "\\*");
    }

    static String bar(double fraction) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_CELLS);
        return "\u2588".repeat(full) + "\u2591".repeat(BAR_CELLS - full);
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return fmt("%.1f s", duration.toMillis() / 1000.0);
        }
        return seconds < 3600 ? fmt("%d min %d s", seconds / 60, seconds % 60)
                : fmt("%d h %d min", seconds / 3600, seconds % 3600 / 60);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
