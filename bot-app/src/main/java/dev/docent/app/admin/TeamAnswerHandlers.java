package dev.docent.app.admin;

import dev.docent.core.insights.Scope;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswers;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The team answers page and what a support lead does to one: correct it, publish it, take it back, retire it. */
final class TeamAnswerHandlers {

    private final TeamAnswers answers;
    private final AdminReports reports;
    private final Clock clock;

    TeamAnswerHandlers(TeamAnswers answers, AdminReports reports, Clock clock) {
        this.answers = answers;
        this.reports = reports;
        this.clock = clock;
    }

    void page(Context ctx) {
        Filters filters = Filters.from(ctx::queryParam);
        Scope scope = filters.scope(clock);
        ctx.html(Layout.page(new AdminView(AdminGuard.session(ctx), filters, reports.facets(scope.period()),
                        AdminView.Nav.TEAM_ANSWERS),
                TeamAnswersPage.body(answers.list(scope.tenant()), AdminGuard.session(ctx), filters)));
    }

    void edit(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("answer")).orElse("").strip();
        if (text.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).result("An answer cannot be empty: retire it instead.");
            return;
        }
        change(ctx, answer -> answer.withAnswer(text));
    }

    void publish(Context ctx) {
        change(ctx, answer -> answer.withPublished(true));
    }

    void unpublish(Context ctx) {
        change(ctx, answer -> answer.withPublished(false));
    }

    void retire(Context ctx) {
        change(ctx, TeamAnswer::retire);
    }

    private void change(Context ctx, UnaryOperator<TeamAnswer> change) {
        Optional<TeamAnswer> found = answers.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).result("No such team answer.");
            return;
        }
        answers.save(change.apply(found.get()));
        ctx.redirect(AdminView.Nav.TEAM_ANSWERS.path + Filters.from(ctx::queryParam).query(), HttpStatus.SEE_OTHER);
    }
}
