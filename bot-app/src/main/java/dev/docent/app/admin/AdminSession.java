package dev.docent.app.admin;

import java.time.Instant;

/**
 * One browser's session on the admin page, kept on the server: the id its cookie carries, the
 * token its forms must send back (CSRF), and who signed in - null until someone has, as a session
 * starts with the sign-in form.
 */
record AdminSession(String id, String csrfToken, String admin, Instant started, Instant lastSeen) {

    boolean signedIn() {
        return admin != null;
    }

    AdminSession seenAt(Instant now) {
        return new AdminSession(id, csrfToken, admin, started, now);
    }
}
