package dev.docent.app.admin;

import dev.docent.core.error.UnavailableException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every admin route goes through one of these: a page sends a browser without a signed-in session
 * to the sign-in form, an export or JSON endpoint refuses it with 401, a form post also needs the
 * session's CSRF token. All of them answer with headers that keep the page out of caches and frames
 * and allow no script at all.
 */
final class AdminGuard {

    static final String COOKIE = "docent_admin";
    static final String PATH = "/admin";
    private static final String SESSION = "docent.admin.session";
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final Logger log = LoggerFactory.getLogger(AdminGuard.class);

    private final AdminSessions sessions;

    AdminGuard(AdminSessions sessions) {
        this.sessions = sessions;
    }

    /** An HTML page: without a signed-in session, the sign-in form instead. */
    Handler page(Handler handler) {
        return ctx -> guarded(ctx, handler, () -> ctx.redirect(PATH + "/sign-in", HttpStatus.SEE_OTHER));
    }

    /** An export or JSON endpoint: without a signed-in session, 401 and nothing else. */
    Handler data(Handler handler) {
        return ctx -> guarded(ctx, handler, () -> ctx.status(HttpStatus.UNAUTHORIZED)
                .contentType("application/json").result("{\"error\":\"Sign in first.\"}"));
    }

    /** A form post: a signed-in session and the session's CSRF token, or 401 / 403. */
    Handler form(Handler handler) {
        return data(ctx -> {
            if (!sameToken(ctx.formParam(AdminRoutes.CSRF_FIELD), session(ctx).csrfToken())) {
                ctx.status(HttpStatus.FORBIDDEN).result("This form has expired: reload the page and try again.");
                return;
            }
            handler.handle(ctx);
        });
    }

    /** Open to anyone (the sign-in form, the stylesheet), with the same headers. */
    Handler open(Handler handler) {
        return ctx -> {
            secure(ctx);
            handler.handle(ctx);
        };
    }

    static AdminSession session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The session the browser's cookie names, if it is alive. */
    Optional<AdminSession> fromCookie(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    void setCookie(Context ctx, AdminSession session) {
        ctx.cookie(new Cookie(COOKIE, session.id(), PATH, (int) sessions.limits().lifetime().toSeconds(), https(ctx), true, null,
                SameSite.STRICT));
    }

    void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", PATH, 0, https(ctx), true, null, SameSite.STRICT));
    }

    static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private void guarded(Context ctx, Handler handler, Runnable refuse) throws Exception {
        secure(ctx);
        Optional<AdminSession> session = fromCookie(ctx).filter(AdminSession::signedIn);
        if (session.isEmpty()) {
            refuse.run();
            return;
        }
        ctx.attribute(SESSION, session.get());
        try {
            handler.handle(ctx);
        } catch (UnavailableException e) {
            // The message names the cluster and what failed, never a question.
            log.atWarn().addKeyValue("error", e.getClass().getName()).log("admin page could not read its reports");
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8").result(e.getMessage());
        } catch (RuntimeException e) {
            // Another exception's text may quote a record, so its type goes to the log and the rest only at debug.
            log.atError().addKeyValue("error", e.getClass().getName()).addKeyValue("path", ctx.path()).log("admin page failed");
            log.debug("admin page failure", e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                    .result("The admin page failed; the log says where.");
        }
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    /** Behind a proxy that ends TLS, the proxy says the browser spoke https; a cookie sent there must be Secure. */
    private static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
