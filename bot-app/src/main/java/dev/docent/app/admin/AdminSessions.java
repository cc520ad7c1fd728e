package dev.docent.app.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin page's sessions, held in this process (a restart signs everyone out). A session dies
 * after a while unused and, signed in or not, after a fixed time at most; a sign-in replaces the
 * sign-in form's session with a new one, so an id seen before signing in is worth nothing after.
 * The number of sessions is capped, so that a flood of sign-in forms cannot fill the memory.
 */
final class AdminSessions {

    /** How long a session lives, unused and at most. */
    record Limits(Duration idle, Duration lifetime, int maxSessions) {

        static Limits defaults() {
            return new Limits(Duration.ofMinutes(30), Duration.ofHours(12), 1_000);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, AdminSession> sessions = new ConcurrentHashMap<>();
    private final Limits limits;
    private final Clock clock;

    AdminSessions(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** A session for the sign-in form: nobody is signed in yet. */
    AdminSession startSignIn() {
        return add(null);
    }

    /** Ends the sign-in form's session and starts a signed-in one in its place. */
    AdminSession signIn(AdminSession signInForm, String admin) {
        sessions.remove(signInForm.id());
        return add(admin);
    }

    /** The live session with this id, touched; none if unknown or expired. */
    Optional<AdminSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        AdminSession session = sessions.computeIfPresent(id, (key, s) -> expired(s, now) ? null : s.seenAt(now));
        return Optional.ofNullable(session);
    }

    void end(String id) {
        sessions.remove(id);
    }

    Limits limits() {
        return limits;
    }

    private AdminSession add(String admin) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        while (sessions.size() >= limits.maxSessions()) {
            // Sign-in forms go first: a flood of them must not sign out the people already in.
            sessions.values().stream()
                    .min(Comparator.comparing(AdminSession::signedIn).thenComparing(AdminSession::lastSeen))
                    .ifPresent(oldest -> sessions.remove(oldest.id()));
        }
        AdminSession session = new AdminSession(randomId(), randomId(), admin, now, now);
        sessions.put(session.id(), session);
        return session;
    }

    private boolean expired(AdminSession session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(limits.idle())) || !now.isBefore(session.started().plus(limits.lifetime()));
    }

    /** 256 random bits, URL-safe. */
    private static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
