package dev.docent.core.retrieval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Versioned documentation keeps one copy of a page per release ("v1/configuration.md",
 * "versioned_docs/version-2.0/configuration.md", "en/stable/configuration.md") and the copies share
 * nearly every word, so the copy for a release the asker does not run can win by a hair. Of the
 * copies that retrieval found, one stays, in the place of the best-ranked copy: the one for the
 * release the question names ("after upgrading to 2.3", "v1"), else the current one - a page with no
 * release in its path, or under "latest", "stable" or "current" - else the newest release. Pages
 * for an unreleased version ("next", "nightly") come last. A page that exists for one release only
 * stays whatever its release. This is a rule, not a learned weight: neither dev set has versioned
 * pages to learn from (README, "Answer quality").
 */
public final class VersionVariants {

    private static final Set<String> CURRENT = Set.of("latest", "stable", "current");
    private static final Set<String> UNRELEASED = Set.of("next", "unreleased", "nightly", "canary");
    /** Docusaurus keeps the current docs in "docs/" and each release in "versioned_docs/version-X/". */
    private static final Map<String, String> VERSIONED_ROOTS = Map.of("versioned_docs", "docs");

    private VersionVariants() {
    }

    /** A candidate as one copy of a page: the page's path without its release, and its release. */
    private record Copy(CandidatePage candidate, String page, Optional<Release> release, boolean unreleased) {

        /** The current copy first, then releases newest first, then unreleased ones. */
        static final Comparator<Copy> CURRENT_FIRST = Comparator.comparingInt(Copy::age)
                .thenComparing(c -> c.release().orElse(null), Comparator.nullsFirst(Comparator.<Release>reverseOrder()));

        static Copy of(CandidatePage candidate) {
            String[] parts = candidate.documentId().toLowerCase(Locale.ROOT).split("/");
            StringBuilder page = new StringBuilder(candidate.knowledgeBase()).append(':');
            Optional<Release> release = Optional.empty();
            boolean unreleased = false;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean folder = i < parts.length - 1;
                Optional<Release> named = folder ? Release.ofFolder(part) : Optional.empty();
                if (named.isPresent()) {
                    release = named;
                } else if (folder && UNRELEASED.contains(part)) {
                    unreleased = true;
                } else if (!(folder && CURRENT.contains(part))) {
                    page.append('/').append(VERSIONED_ROOTS.getOrDefault(part, part));
                }
            }
            return new Copy(candidate, page.toString(), release, unreleased);
        }

        private int age() {
            return unreleased ? 2 : release.isPresent() ? 1 : 0;
        }

        boolean isFor(Set<Release> named) {
            return release.isPresent() && named.stream().anyMatch(release.get()::covers);
        }
    }

    /** The pages in the same order, with one copy of each page kept in the place of its best-ranked copy. */
    static List<CandidatePage> oneCopyEach(Set<Release> named, List<CandidatePage> ranked) {
        return PageCopies.oneEach(ranked, Copy::of, Copy::page, copies -> chosen(named, copies));
    }

    private static CandidatePage chosen(Set<Release> named, List<Copy> copies) {
        Optional<Copy> forNamed = copies.stream().filter(c -> c.isFor(named)).min(Copy.CURRENT_FIRST);
        return forNamed.orElseGet(() -> copies.stream().min(Copy.CURRENT_FIRST).orElseThrow()).candidate();
    }
}
