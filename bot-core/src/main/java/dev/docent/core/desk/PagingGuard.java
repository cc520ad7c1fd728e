package dev.docent.core.desk;

import dev.docent.core.index.EnglishTerms;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Decides how a new case reaches an escalation channel: a question much like one posted within the
 * window joins that case (the same outage asked by ten people is one case that says so, not ten
 * pages); otherwise it is posted, pinging the on-call group unless the group was already paged
 * {@link PagingLimits#maxPages} times in the window. Kept per replica: with several replicas the
 * cap and the grouping are per replica.
 */
final class PagingGuard {

    /** What to do with a new case. */
    sealed interface Paging {
    }

    /**
     * Post it - pinging the group unless {@code capped}: it was paged as often as the window allows -
     * then tell {@link #posted} what came of it, so that later askers can join it.
     */
    record Post(OpenCase opened, boolean capped) implements Paging {
    }

    /** Add it to an earlier case: {@code moreAskers} people besides the first have asked, this one included. */
    record Similar(OpenCase earlier, int moreAskers) implements Paging {
    }

    /** A case posted within the window: its words, and its message once the platform has it. */
    static final class OpenCase {
        private final Instant at;
        private final Set<String> terms;
        private final boolean pinged;
        private final CompletableFuture<Optional<PostedCase>> message = new CompletableFuture<>();
        private int moreAskers;

        private OpenCase(Instant at, Set<String> terms, boolean pinged) {
            this.at = at;
            this.terms = terms;
            this.pinged = pinged;
        }

        /** Completes with the case message, or empty when it never reached the channel. */
        CompletableFuture<Optional<PostedCase>> message() {
            return message;
        }
    }

    private final PagingLimits limits;
    private final Clock clock;
    private final Map<String, Deque<OpenCase>> casesByChannel = new HashMap<>();

    PagingGuard(PagingLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @param pings whether the channel's target mentions a group at all; without one there is no cap,
     *              but similar questions still join one case
     */
    synchronized Paging page(String channel, String question, boolean pings) {
        Instant now = clock.instant();
        Deque<OpenCase> open = casesByChannel.computeIfAbsent(channel, c -> new ArrayDeque<>());
        while (!open.isEmpty() && open.peekFirst().at.isBefore(now.minus(limits.window()))) {
            open.removeFirst();
        }
        Set<String> terms = EnglishTerms.of(question);
        Optional<OpenCase> similar = open.stream().filter(c -> overlap(c.terms, terms) >= limits.similarity()).findFirst();
        if (similar.isPresent()) {
            return new Similar(similar.get(), ++similar.get().moreAskers);
        }
        boolean capped = pings && open.stream().filter(c -> c.pinged).count() >= limits.maxPages();
        OpenCase opened = new OpenCase(now, terms, pings && !capped);
        open.addLast(opened);
        return new Post(opened, capped);
    }

    /** What came of posting a case that {@link #page} let through; a case that never arrived is forgotten. */
    synchronized void posted(OpenCase opened, Optional<PostedCase> message) {
        if (message.isEmpty()) {
            casesByChannel.values().forEach(open -> open.remove(opened));
        }
        opened.message.complete(message);
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) shared.size() / all.size();
    }
}
