package dev.docent.app.admin;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.teach.TeamAnswers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The admin page on docent serve's HTTP server: everything under {@code /admin}, and nothing
 * elsewhere, so no path a chat platform posts to leads here. Off unless {@code DOCENT_ADMIN_TOKEN}
 * is set. This is the page's table of contents; the guard decides who gets in, the handlers do the work.
 */
public final class AdminRoutes {

    static final String CSRF_FIELD = "csrf";
    static final int NAME_LENGTH = 60;
    private static final String STYLESHEET = "/admin/admin.css";

    private final AdminGuard guard;
    private final SignInHandlers signIn;
    private final ReportHandlers reports;
    private final TeamAnswerHandlers teamAnswers;
    private final byte[] stylesheet;

    private AdminRoutes(AdminGuard guard, SignInHandlers signIn, ReportHandlers reports, TeamAnswerHandlers teamAnswers) {
        this.guard = guard;
        this.signIn = signIn;
        this.reports = reports;
        this.teamAnswers = teamAnswers;
        this.stylesheet = stylesheet();
    }

    /**
     * @param knowledgeBases        every knowledge base there is, for the pages report
     * @param knowledgeBaseStatuses every knowledge base there is or is declared, with its status
     * @param teamAnswers           the answers the team saved, to review
     */
    public static AdminRoutes create(AdminToken token, ElasticsearchConnection elasticsearch, Supplier<Set<String>> knowledgeBases,
                                     Supplier<List<KnowledgeBaseStatus>> knowledgeBaseStatuses, TeamAnswers teamAnswers,
                                     Clock clock) {
        AdminSessions sessions = new AdminSessions(AdminSessions.Limits.defaults(), clock);
        AdminGuard guard = new AdminGuard(sessions);
        AdminReports reports = new AdminReports(elasticsearch, knowledgeBases, knowledgeBaseStatuses, clock);
        return new AdminRoutes(guard, new SignInHandlers(token, sessions, new SignInThrottle(clock), guard),
                new ReportHandlers(reports, clock), new TeamAnswerHandlers(teamAnswers, reports, clock));
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/assets/admin.css", guard.open(this::stylesheet));
        routes.get("/admin/sign-in", guard.open(signIn::form));
        routes.post("/admin/sign-in", guard.open(signIn::signIn));
        routes.post("/admin/sign-out", guard.form(signIn::signOut));

        routes.get("/admin", guard.page(reports::overview));
        routes.get("/admin/gaps", guard.page(reports::gaps));
        routes.get("/admin/pages", guard.page(reports::pages));
        routes.get("/admin/cases", guard.page(reports::cases));
        routes.post("/admin/cases/{id}/take", guard.form(reports::take));
        routes.post("/admin/cases/{id}/close", guard.form(reports::close));
        routes.get("/admin/team-answers", guard.page(teamAnswers::page));
        routes.get("/admin/knowledge-bases", guard.page(reports::knowledgeBases));
        routes.post("/admin/team-answers/{id}/edit", guard.form(teamAnswers::edit));
        routes.post("/admin/team-answers/{id}/publish", guard.form(teamAnswers::publish));
        routes.post("/admin/team-answers/{id}/unpublish", guard.form(teamAnswers::unpublish));
        routes.post("/admin/team-answers/{id}/retire", guard.form(teamAnswers::retire));

        routes.get("/admin/gaps.md", guard.data(reports::gapsMarkdown));
        routes.get("/admin/gaps.csv", guard.data(reports::gapsCsv));
        routes.get("/admin/api/overview", guard.data(reports::overviewJson));
        routes.get("/admin/api/gaps", guard.data(reports::gapsJson));
        routes.get("/admin/api/pages", guard.data(reports::pagesJson));
        routes.get("/admin/api/cases", guard.data(reports::casesJson));
        routes.get("/admin/api/knowledge-bases", guard.data(reports::knowledgeBasesJson));
    }

    private void stylesheet(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").result(stylesheet);
    }

    private static byte[] stylesheet() {
        try (InputStream in = AdminRoutes.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("The admin page's stylesheet is missing from Docent (" + STYLESHEET + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
