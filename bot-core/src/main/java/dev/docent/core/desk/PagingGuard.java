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

/**
 * Decides whether a new case may ping the on-call group: not when the group was already paged
 * {@link PagingLimits#maxPages} times in the window, and not for a question much like one paged within
 * the window (the same outage asked by ten people is one page). Such a case is still posted, without
 * the ping. Counted per replica: with several replicas the cap is per replica.
 */
final class PagingGuard {

    /** Why a case was posted without pinging anyone. */
    enum Quiet {
        /** The group was paged as often as the window allows. */
        CAPPED,
        /** A case much like this one was paged within the window. */
        SIMILAR
    }

    private record Page(Instant at, Set<String> terms) {
    }

    private final PagingLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Page>> pagesByChannel = new HashMap<>();

    PagingGuard(PagingLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Empty when this case may ping: then it is counted as a page. */
    synchronized Optional<Quiet> page(String channel, String question) {
        Instant now = clock.instant();
        Deque<Page> pages = pagesByChannel.computeIfAbsent(channel, c -> new ArrayDeque<>());
        while (!pages.isEmpty() && pages.peekFirst().at().isBefore(now.minus(limits.window()))) {
            pages.removeFirst();
        }
        Set<String> terms = EnglishTerms.of(question);
        if (pages.stream().anyMatch(page -> overlap(page.terms(), terms) >= limits.similarity())) {
            return Optional.of(Quiet.SIMILAR);
        }
        if (pages.size() >= limits.maxPages()) {
            return Optional.of(Quiet.CAPPED);
        }
        pages.addLast(new Page(now, terms));
        return Optional.empty();
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
