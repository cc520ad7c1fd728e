package dev.docent.app.admin;

import dev.docent.app.insights.ScopeText;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.insights.CaseReport;
import dev.docent.core.insights.CaseView;

/** Escalation cases: open and closed, how old, who took them, the question, and a way to take or close one. */
final class CasesPage {

    private CasesPage() {
    }

    static String body(CaseReport report, AdminSession session, Filters filters) {
        StringBuilder html = new StringBuilder("<p>").append(Figures.count(report.open())).append(" open, ")
                .append(Figures.count(report.closed())).append(" closed.</p>");
        if (report.cases().isEmpty()) {
            return html.append("<p class=\"notice\">No question was handed to a person in this period.</p>").toString();
        }
        html.append("<table id=\"cases\"><thead><tr><th>Opened</th><th>Age</th><th>Where</th><th>Question</th><th>Why</th>"
                + "<th>Taken by</th><th>Status</th><th></th></tr></thead><tbody>");
        for (CaseView view : report.cases()) {
            EscalationCase c = view.escalation();
            String where = (view.platform() == null ? "" : view.platform() + " ") + c.channel();
            html.append("<tr><td>").append(ScopeText.day(c.time())).append("</td><td>").append(Figures.age(view.age())).append("</td><td>")
                    .append(ChannelLinks.of(view.platform(), c.tenant(), c.channel()).map(url -> Html.link(url, where)).orElse(Html.text(where)))
                    .append("</td><td>").append(Html.text(c.answered() == null ? "" : c.answered().question())).append("</td><td>")
                    .append(Html.text(c.reason())).append(EscalationCase.BY_POLICY.equals(c.requestedBy()) ? ""
                            : " <span class=\"muted\">(asked by " + Html.text(c.requestedBy()) + ")</span>")
                    .append("</td><td>").append(Html.text(view.progress().takenBy())).append("</td><td>")
                    .append(view.progress().closed() ? "closed by " + Html.text(view.progress().closedBy()) : "open").append("</td><td>");
            if (!view.progress().closed()) {
                html.append("<div class=\"actions\">");
                if (view.progress().takenBy() == null) {
                    html.append(action(c.id(), "take", "Take", session, filters));
                }
                html.append(action(c.id(), "close", "Close", session, filters)).append("</div>");
            }
            html.append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String action(String id, String verb, String label, AdminSession session, Filters filters) {
        return "<form method=\"post\" action=\"/admin/cases/" + Html.text(java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8))
                + "/" + verb + Html.text(filters.query()) + "\">" + Layout.csrf(session)
                + "<button class=\"quiet\" type=\"submit\">" + Html.text(label) + "</button></form>";
    }
}
