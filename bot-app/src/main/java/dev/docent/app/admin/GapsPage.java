package dev.docent.app.admin;

import dev.docent.app.insights.ScopeText;
import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.PageCount;

/** The docs-gap report: groups of unserved questions, largest first, with exports. */
final class GapsPage {

    private GapsPage() {
    }

    static String body(GapReport report, Filters filters) {
        StringBuilder html = new StringBuilder("<p class=\"exports\">Export: <a href=\"/admin/gaps.md")
                .append(Html.text(filters.query())).append("\">Markdown</a><a href=\"/admin/gaps.csv").append(Html.text(filters.query()))
                .append("\">CSV</a><a href=\"/admin/api/gaps").append(Html.text(filters.query())).append("\">JSON</a></p>");
        if (report.groups().isEmpty()) {
            return html.append("<p class=\"notice\">No question went unserved in this period: nothing was refused, "
                    + "escalated or voted not helpful.</p>").toString();
        }
        html.append("<p>").append(Figures.count(report.questions()))
                .append(" questions the documentation did not serve (refused, escalated or voted not helpful), in ")
                .append(Figures.count(report.groups().size())).append(" groups by meaning, largest first.");
        if (report.withoutEmbedding() > 0) {
            html.append(' ').append(Figures.count(report.withoutEmbedding())).append(" recorded before Docent kept embeddings are not grouped.");
        }
        html.append("</p><div id=\"gap-groups\">");
        int rank = 0;
        for (GapGroup group : report.groups()) {
            html.append("<section class=\"group\"><h3>").append(++rank).append(". ").append(Html.text(group.examples().getFirst()))
                    .append("</h3><div class=\"counts\">").append(Figures.count(group.size())).append(group.size() == 1 ? " question" : " questions")
                    .append(" &middot; ").append(group.refused()).append(" refused &middot; ").append(group.escalated())
                    .append(" escalated &middot; ").append(group.downVoted()).append(" voted not helpful &middot; last asked ")
                    .append(ScopeText.day(group.lastAsked()))
                    .append(group.closedByTeamAnswer() ? " &middot; <strong>closed by a team answer</strong>" : "")
                    .append("</div><ul class=\"examples\">");
            group.examples().forEach(q -> html.append("<li>").append(Html.text(q)).append("</li>"));
            html.append("</ul>");
            if (!group.pages().isEmpty()) {
                html.append("<div class=\"muted\">Closest pages: ");
                for (int i = 0; i < group.pages().size(); i++) {
                    PageCount page = group.pages().get(i);
                    html.append(i == 0 ? "" : ", ").append(Html.link(page.page().url(), page.page().title()))
                            .append(" (").append(page.questions()).append(')');
                }
                html.append("</div>");
            }
            if (group.size() > group.examples().size()) {
                html.append("<details><summary>All ").append(group.size()).append(" questions</summary><ul>");
                group.questions().forEach(q -> html.append("<li>").append(Html.text(q)).append("</li>"));
                html.append("</ul></details>");
            }
            html.append("</section>");
        }
        return html.append("</div>").toString();
    }
}
