package dev.docent.app.admin;

import dev.docent.core.answer.PageReference;
import dev.docent.core.insights.PageCount;
import dev.docent.core.insights.PagesReport;
import java.util.List;

/** Which pages answers rest on, which none cited, and which the down-voted answers cited. */
final class PagesPage {

    private PagesPage() {
    }

    static String body(PagesReport report) {
        return "<h2>Most cited</h2>" + counted(report.mostCited(), "mostCited", "Answers citing it")
                + "<h2>Cited by answers voted not helpful</h2>" + counted(report.citedByDownVoted(), "citedByDownVoted", "Down-voted answers")
                + "<h2>Never cited</h2>" + never(report.neverCited());
    }

    private static String counted(List<PageCount> pages, String id, String counted) {
        if (pages.isEmpty()) {
            return "<p class=\"muted\">None in this period.</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"" + id + "\"><thead><tr><th>Page</th><th>Knowledge base</th><th class=\"number\">")
                .append(Html.text(counted)).append("</th></tr></thead><tbody>");
        for (PageCount page : pages) {
            html.append("<tr><td>").append(Html.link(page.page().url(), page.page().title())).append("</td><td>")
                    .append(Html.text(page.page().knowledgeBase())).append("</td><td class=\"number\">")
                    .append(Figures.count(page.questions())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String never(List<PageReference> pages) {
        if (pages.isEmpty()) {
            return "<p class=\"muted\">Every page was cited at least once.</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"neverCited\"><thead><tr><th>Page</th><th>Knowledge base</th></tr></thead><tbody>");
        for (PageReference page : pages) {
            html.append("<tr><td>").append(Html.link(page.url(), page.title())).append("</td><td>")
                    .append(Html.text(page.knowledgeBase())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
