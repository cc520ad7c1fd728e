package dev.docent.app.insights;

import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.PageCount;

/** The docs-gap report as Markdown: for a wiki page, an issue or a message to the docs team. */
public final class GapReportMarkdown {

    private GapReportMarkdown() {
    }

    public static String of(GapReport report) {
        StringBuilder md = new StringBuilder("# Docs gaps: ").append(ScopeText.of(report.scope())).append("\n\n");
        if (report.groups().isEmpty()) {
            return md.append("No question went unserved: nothing was refused, escalated or voted not helpful.\n").toString();
        }
        md.append(report.questions()).append(" questions the documentation did not serve (refused, escalated or voted not helpful), in ")
                .append(report.groups().size()).append(" groups by meaning, largest first.");
        if (report.withoutEmbedding() > 0) {
            md.append(' ').append(report.withoutEmbedding()).append(" recorded before Docent kept embeddings could not be grouped.");
        }
        md.append("\n");
        int rank = 0;
        for (GapGroup group : report.groups()) {
            md.append("\n## ").append(++rank).append(". ").append(MarkdownText.escape(group.examples().getFirst())).append("\n\n")
                    .append(group.size()).append(group.size() == 1 ? " question" : " questions").append(", last asked ")
                    .append(ScopeText.day(group.lastAsked())).append(": ").append(group.refused()).append(" refused, ")
                    .append(group.escalated()).append(" escalated, ").append(group.downVoted()).append(" voted not helpful.")
                    .append(group.closedByTeamAnswer() ? " Closed by a team answer." : "").append("\n\n");
            md.append("Asked as:\n\n");
            group.examples().forEach(q -> md.append("- ").append(MarkdownText.escape(q)).append('\n'));
            if (!group.pages().isEmpty()) {
                md.append("\nClosest pages:\n\n");
                for (PageCount page : group.pages()) {
                    String title = MarkdownText.escape(page.page().title());
                    md.append("- ").append(page.page().url() == null ? title : "[" + title + "](<" + page.page().url() + ">)")
                            .append(" (found for ").append(page.questions()).append(")\n");
                }
            }
        }
        return md.toString();
    }
}
