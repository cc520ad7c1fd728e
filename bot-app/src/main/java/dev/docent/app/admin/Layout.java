package dev.docent.app.admin;

import java.util.List;

/** The frame of every signed-in admin page: navigation, who is signed in, sign-out, and the filters. */
final class Layout {

    private static final List<String[]> PERIODS = List.of(new String[] {"7d", "Last 7 days"}, new String[] {"30d", "Last 30 days"},
            new String[] {"90d", "Last 90 days"}, new String[] {"365d", "Last year"});

    private Layout() {
    }

    static String page(AdminView view, String body) {
        StringBuilder html = new StringBuilder(head(view.active().title));
        html.append("<header><span class=\"brand\">Docent</span><nav>");
        for (AdminView.Nav nav : AdminView.Nav.values()) {
            html.append("<a href=\"").append(Html.text(nav.path + view.filters().query())).append('"')
                    .append(nav == view.active() ? " class=\"active\" aria-current=\"page\"" : "").append('>')
                    .append(Html.text(nav.title)).append("</a>");
        }
        html.append("</nav><span class=\"who\">").append(Html.text(view.session().admin())).append("</span>")
                .append("<form method=\"post\" action=\"/admin/sign-out\">").append(csrf(view.session()))
                .append("<button class=\"quiet\" type=\"submit\">Sign out</button></form></header><main>")
                .append("<h1>").append(Html.text(view.active().title)).append("</h1>")
                .append(view.active().filtered ? filters(view) : "")
                .append(body)
                .append("</main></body></html>");
        return html.toString();
    }

    static String head(String title) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.text(title) + " - Docent admin</title>"
                + "<link rel=\"stylesheet\" href=\"/admin/assets/admin.css\"></head><body>";
    }

    /** The hidden field every form posts back, proving it came from a page of this session. */
    static String csrf(AdminSession session) {
        return "<input type=\"hidden\" name=\"" + AdminRoutes.CSRF_FIELD + "\" value=\"" + Html.text(session.csrfToken()) + "\">";
    }

    private static String filters(AdminView view) {
        Filters f = view.filters();
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"")
                .append(Html.text(view.active().path)).append("\">");
        form.append("<label>Period<select name=\"period\">");
        for (String[] period : PERIODS) {
            form.append(option(period[0], period[1], f.from() == null && period[0].equals(f.period())));
        }
        form.append("</select></label>")
                .append("<label>From<input type=\"date\" name=\"from\" value=\"").append(f.from() == null ? "" : f.from()).append("\"></label>")
                .append("<label>To<input type=\"date\" name=\"to\" value=\"").append(f.to() == null ? "" : f.to()).append("\"></label>")
                .append(select("Tenant", "tenant", view.facets().tenants(), f.tenant()))
                .append(select("Platform", "platform", view.facets().platforms(), f.platform()))
                .append(select("Knowledge base", "kb", view.facets().knowledgeBases(), f.knowledgeBase()))
                .append("<button type=\"submit\">Show</button></form>");
        return form.toString();
    }

    private static String select(String label, String name, List<String> values, String chosen) {
        StringBuilder select = new StringBuilder("<label>").append(Html.text(label)).append("<select name=\"").append(name).append("\">")
                .append(option("", "All", chosen == null));
        values.forEach(v -> select.append(option(v, v, v.equals(chosen))));
        if (chosen != null && !values.contains(chosen)) {
            select.append(option(chosen, chosen, true));
        }
        return select.append("</select></label>").toString();
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.text(value) + "\"" + (selected ? " selected" : "") + ">" + Html.text(label) + "</option>";
    }
}
