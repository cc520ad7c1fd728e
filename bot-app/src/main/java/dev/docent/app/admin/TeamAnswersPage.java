package dev.docent.app.admin;

import dev.docent.app.insights.ScopeText;
import dev.docent.core.teach.TeamAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The answers the team saved from escalation cases: the question, the answer (editable), where it
 * was given, whether public places get it, and buttons to publish, take back or retire it.
 */
final class TeamAnswersPage {

    private TeamAnswersPage() {
    }

    static String body(List<TeamAnswer> answers, AdminSession session, Filters filters) {
        if (answers.isEmpty()) {
            return "<p class=\"notice\">No team answers yet. On an escalation case, a person from the support group uses "
                    + "<em>Save as answer</em> on the reply that answers it.</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"team-answers\"><thead><tr><th>Saved</th><th>Where</th>"
                + "<th>Question</th><th>Answer</th><th>State</th><th></th></tr></thead><tbody>");
        for (TeamAnswer answer : answers) {
            String state = answer.retired() ? "retired" : answer.published() ? "public" : "internal";
            html.append("<tr><td>").append(ScopeText.day(answer.time())).append("</td><td>")
                    .append(answer.threadLink().map(link -> Html.link(link, answer.tenant())).orElse(Html.text(answer.tenant())))
                    .append("</td><td>").append(Html.text(answer.question())).append("</td><td>")
                    .append(form(answer.id(), "edit", session, filters))
                    .append("<textarea name=\"answer\" rows=\"3\" cols=\"50\">").append(Html.text(answer.answer()))
                    .append("</textarea><button class=\"quiet\" type=\"submit\">Save</button></form></td><td>")
                    .append(state).append("</td><td><div class=\"actions\">");
            if (!answer.retired()) {
                html.append(button(answer.id(), answer.published() ? "unpublish" : "publish",
                        answer.published() ? "Internal only" : "Publish", session, filters));
                html.append(button(answer.id(), "retire", "Retire", session, filters));
            }
            html.append("</div></td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String button(String id, String verb, String label, AdminSession session, Filters filters) {
        return form(id, verb, session, filters) + "<button class=\"quiet\" type=\"submit\">" + Html.text(label) + "</button></form>";
    }

    private static String form(String id, String verb, AdminSession session, Filters filters) {
        return "<form method=\"post\" action=\"" + Html.text(AdminView.Nav.TEAM_ANSWERS.path + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/" + verb + filters.query()) + "\">" + Layout.csrf(session);
    }
}
