package dev.docent.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in with the admin token, and out. Attempts are logged with the address, never with what was typed. */
final class SignInHandlers {

    private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);
    static final String WRONG_TOKEN = "That is not the admin token.";
    static final String TOO_MANY = "Too many wrong tokens from this address: try again in a few minutes.";
    static final String EXPIRED = "The sign-in form expired: try again.";

    private final AdminToken token;
    private final AdminSessions sessions;
    private final SignInThrottle throttle;
    private final AdminGuard guard;

    SignInHandlers(AdminToken token, AdminSessions sessions, SignInThrottle throttle, AdminGuard guard) {
        this.token = token;
        this.sessions = sessions;
        this.throttle = throttle;
        this.guard = guard;
    }

    void form(Context ctx) {
        if (guard.fromCookie(ctx).filter(AdminSession::signedIn).isPresent()) {
            ctx.redirect(AdminGuard.PATH, HttpStatus.SEE_OTHER);
            return;
        }
        showForm(ctx, HttpStatus.OK, null);
    }

    void signIn(Context ctx) {
        Optional<AdminSession> form = guard.fromCookie(ctx).filter(s -> !s.signedIn());
        if (form.isEmpty() || !AdminGuard.sameToken(ctx.formParam(AdminRoutes.CSRF_FIELD), form.get().csrfToken())) {
            showForm(ctx, HttpStatus.FORBIDDEN, EXPIRED);
            return;
        }
        String address = ctx.ip();
        if (!throttle.allows(address)) {
            log.atWarn().addKeyValue("address", address).log("admin sign-in refused: too many wrong tokens");
            showForm(ctx, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
            return;
        }
        if (!token.matches(ctx.formParam("token"))) {
            throttle.failed(address);
            log.atWarn().addKeyValue("address", address).log("admin sign-in with a wrong token");
            showForm(ctx, HttpStatus.UNAUTHORIZED, WRONG_TOKEN);
            return;
        }
        throttle.succeeded(address);
        AdminSession session = sessions.signIn(form.get(), name(ctx.formParam("name")));
        log.atInfo().addKeyValue("address", address).addKeyValue("admin", session.admin()).log("admin signed in");
        guard.setCookie(ctx, session);
        ctx.redirect(AdminGuard.PATH, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.end(AdminGuard.session(ctx).id());
        guard.clearCookie(ctx);
        ctx.redirect(AdminGuard.PATH + "/sign-in", HttpStatus.SEE_OTHER);
    }

    private void showForm(Context ctx, HttpStatus status, String problem) {
        AdminSession form = sessions.startSignIn();
        guard.setCookie(ctx, form);
        ctx.status(status).html(SignInPage.of(form, problem));
    }

    /** The name cases are recorded under: one line, no control characters, not too long; "admin" if none was given. */
    static String name(String given) {
        String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > AdminRoutes.NAME_LENGTH) {
            name = name.substring(0, AdminRoutes.NAME_LENGTH).strip();
        }
        return name.isEmpty() ? "admin" : name;
    }
}
