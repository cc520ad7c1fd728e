package dev.docent.app.admin;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What each knowledge base holds and how its last reindex went: before trusting answers, a support
 * lead checks that the docs they come from are current, and sees which documents could not be read.
 */
final class KnowledgeBasesPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int FAILURES_SHOWN = 10;

    private KnowledgeBasesPage() {
    }

    static String body(List<KnowledgeBaseStatus> statuses) {
        if (statuses.isEmpty()) {
            return "<p class=\"notice\">No knowledge bases yet: <code>docent index &lt;path|git-url|site-url&gt; --kb &lt;name&gt;</code>"
                    + " creates one.</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"knowledge-bases\"><thead><tr><th>Knowledge base</th><th>Audience</th>"
                + "<th class=\"number\">Documents</th><th class=\"number\">Passages</th><th>Last reindex</th><th>Needs attention</th>"
                + "</tr></thead><tbody>");
        for (KnowledgeBaseStatus status : statuses) {
            html.append("<tr><td>").append(Html.text(status.name())).append("</td><td>")
                    .append(status.internal() ? "internal" : "public").append("</td><td class=\"number\">")
                    .append(status.indexed() ? Figures.count(status.documents()) : Figures.UNKNOWN).append("</td><td class=\"number\">")
                    .append(status.indexed() ? Figures.count(status.chunks()) : Figures.UNKNOWN).append("</td><td>")
                    .append(lastRun(status)).append("</td><td>").append(attention(status)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String lastRun(KnowledgeBaseStatus status) {
        StringBuilder html = new StringBuilder();
        status.reindexing().ifPresent(now -> html.append("<p>Reindexing now, by ").append(Html.text(now.holder()))
                .append(" since ").append(TIME.format(now.since())).append("</p>"));
        if (status.lastRun().isEmpty()) {
            return html.append(status.indexed() ? "no run recorded" : "never indexed").toString();
        }
        ReindexRun run = status.lastRun().get();
        html.append(Html.text(run.outcome().label())).append(", ").append(TIME.format(run.startedAt()))
                .append(run.took().map(took -> String.format(Locale.ENGLISH, " (%.1f s)", took.toMillis() / 1000.0)).orElse(""))
                .append("<br><span class=\"muted\">").append(Html.text(run.mode().label())).append(" from ")
                .append(Html.text(run.source())).append("</span>");
        if (run.finished() && run.outcome() != ReindexRun.Outcome.FAILED) {
            html.append("<br><span class=\"muted\">").append(String.format(Locale.ENGLISH,
                    "%d added, %d changed, %d removed, %d unchanged; %s passages written", run.added(), run.changed(), run.removed(),
                    run.unchanged(), Figures.count(run.chunksWritten())))
                    .append("</span>");
        }
        return html.toString();
    }

    private static String attention(KnowledgeBaseStatus status) {
        StringBuilder html = new StringBuilder();
        if (status.outdated()) {
            html.append("<p class=\"warning\">Index ").append(Html.text(KnowledgeBaseStatus.OUTDATED_NOTE))
                    .append(" (<code>docent index --kb ").append(Html.text(status.name())).append("</code>).</p>");
        }
        status.lastRun().ifPresent(run -> {
            if (run.outcome() == ReindexRun.Outcome.FAILED || run.outcome() == ReindexRun.Outcome.INTERRUPTED) {
                html.append("<p class=\"warning\">The last reindex ").append(run.outcome().label())
                        .append(run.reason().map(reason -> ": " + Html.text(reason)).orElse(""))
                        .append(". Answers come from what was indexed before it.</p>");
            }
            if (run.failed() > 0) {
                html.append("<p class=\"warning\">").append(Figures.count(run.failed()))
                        .append(run.failed() == 1 ? " document" : " documents").append(" could not be read:</p><ul class=\"failures\">");
                List<ReindexSummary.Failure> shown = run.failures().stream().limit(FAILURES_SHOWN).toList();
                for (ReindexSummary.Failure failure : shown) {
                    html.append("<li><code>").append(Html.text(failure.document())).append("</code>: ")
                            .append(Html.text(failure.reason())).append("</li>");
                }
                if (run.failed() > shown.size()) {
                    html.append("<li>and ").append(Figures.count(run.failed() - shown.size())).append(" more</li>");
                }
                html.append("</ul>");
            }
        });
        return html.isEmpty() ? "<span class=\"muted\">nothing</span>" : html.toString();
    }
}
