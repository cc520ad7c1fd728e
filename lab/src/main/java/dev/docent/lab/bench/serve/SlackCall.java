package dev.docent.lab.bench.serve;

/**
 * One Web API call as the fake Slack received it.
 *
 * @param method     e.g. {@code chat.postMessage}
 * @param atNanos    {@link System#nanoTime()} when it arrived: the same clock the sender reads
 * @param channel    the channel it names, or "" for methods without one
 * @param threadTs   {@code thread_ts} (a post's thread), or ""
 * @param ts         for {@code chat.update} the message it replaces; for an accepted {@code chat.postMessage} the ts
 *                   the fake gave the new message; else ""
 * @param text       the {@code text} field (Docent always sends one, blocks or not)
 * @param status     the HTTP status the fake answered: 200, or 429 when the channel is rate-limited
 */
public record SlackCall(String method, long atNanos, String channel, String threadTs, String ts, String text, int status) {

    public boolean rateLimited() {
        return status == 429;
    }
}
