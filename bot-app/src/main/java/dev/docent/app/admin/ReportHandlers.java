package dev.docent.app.admin;

import dev.docent.app.insights.GapReportCsv;
import dev.docent.app.insights.GapReportJson;
import dev.docent.app.insights.GapReportMarkdown;
import dev.docent.core.insights.Overview;
import dev.docent.core.insights.Scope;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The report pages, their exports and JSON, and the two things a support lead does to a case. */
final class ReportHandlers {

    private final AdminReports reports;
    private final Clock clock;

    ReportHandlers(AdminReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    void overview(Context ctx) {
        Filters filters = filters(ctx);
        Overview overview = reports.overview(filters.scope(clock));
        ctx.html(Layout.page(view(ctx, filters, overview.facets(), AdminView.Nav.OVERVIEW), OverviewPage.body(overview)));
    }

    void gaps(Context ctx) {
        Filters filters = filters(ctx);
        Scope scope = filters.scope(clock);
        ctx.html(Layout.page(view(ctx, filters, reports.facets(scope.period()), AdminView.Nav.GAPS),
                GapsPage.body(reports.gaps(scope), filters)));
    }

    void pages(Context ctx) {
        Filters filters = filters(ctx);
        Scope scope = filters.scope(clock);
        ctx.html(Layout.page(view(ctx, filters, reports.facets(scope.period()), AdminView.Nav.PAGES), PagesPage.body(reports.pages(scope))));
    }

    void cases(Context ctx) {
        Filters filters = filters(ctx);
        Scope scope = filters.scope(clock);
        ctx.html(Layout.page(view(ctx, filters, reports.facets(scope.period()), AdminView.Nav.CASES),
                CasesPage.body(reports.cases(scope), AdminGuard.session(ctx), filters)));
    }

    /** Not filtered, so no facets are read: the navigation still carries the filters to the other pages. */
    void knowledgeBases(Context ctx) {
        Overview.Facets none = new Overview.Facets(List.of(), List.of(), List.of());
        ctx.html(Layout.page(view(ctx, filters(ctx), none, AdminView.Nav.KNOWLEDGE_BASES), KnowledgeBasesPage.body(reports.knowledgeBases())));
    }

    void gapsMarkdown(Context ctx) {
        download(ctx, "text/markdown; charset=utf-8", "md", GapReportMarkdown.of(reports.gaps(filters(ctx).scope(clock))));
    }

    void gapsCsv(Context ctx) {
        download(ctx, "text/csv; charset=utf-8", "csv", GapReportCsv.of(reports.gaps(filters(ctx).scope(clock))));
    }

    void overviewJson(Context ctx) {
        json(ctx, AdminJson.overview(reports.overview(filters(ctx).scope(clock))).toString());
    }

    void gapsJson(Context ctx) {
        json(ctx, GapReportJson.of(reports.gaps(filters(ctx).scope(clock))).toString());
    }

    void pagesJson(Context ctx) {
        json(ctx, AdminJson.pages(reports.pages(filters(ctx).scope(clock))).toString());
    }

    void casesJson(Context ctx) {
        json(ctx, AdminJson.cases(reports.cases(filters(ctx).scope(clock))).toString());
    }

    void knowledgeBasesJson(Context ctx) {
        json(ctx, AdminJson.knowledgeBases(reports.knowledgeBases()).toString());
    }

    void take(Context ctx) {
        caseAction(ctx, reports.take(ctx.pathParam("id"), AdminGuard.session(ctx).admin()));
    }

    void close(Context ctx) {
        caseAction(ctx, reports.close(ctx.pathParam("id"), AdminGuard.session(ctx).admin()));
    }

    private void caseAction(Context ctx, boolean found) {
        if (!found) {
            ctx.status(HttpStatus.NOT_FOUND).result("No such case.");
            return;
        }
        ctx.redirect(AdminView.Nav.CASES.path + filters(ctx).query(), HttpStatus.SEE_OTHER);
    }

    private static Filters filters(Context ctx) {
        return Filters.from(ctx::queryParam);
    }

    private static AdminView view(Context ctx, Filters filters, Overview.Facets facets, AdminView.Nav nav) {
        return new AdminView(AdminGuard.session(ctx), filters, facets, nav);
    }

    private void download(Context ctx, String type, String extension, String body) {
        ctx.contentType(type)
                .header("Content-Disposition", "attachment; filename=\"docent-gaps-" + LocalDate.now(clock.withZone(ZoneOffset.UTC))
                        + "." + extension + "\"")
                .result(body);
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
