package dev.docent.core.retrieval;

import dev.docent.core.error.Causes;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of a question's words no passage uses, in any form that starts as the word does: "Does
 * Celery support Kafka?" names what docs that have it name where they document it. Asked only where a
 * decision needs it, as a search of its own.
 */
final class UnusedWords {

    private static final Logger log = LoggerFactory.getLogger(UnusedWords.class);

    private final PassageSearch search;

    UnusedWords(PassageSearch search) {
        this.search = search;
    }

    /** The words, as given, that no passage of these knowledge bases uses. */
    CompletableFuture<Set<String>> of(Collection<String> words, Set<String> knowledgeBases) {
        if (words.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        return search.wordMentions(words, knowledgeBases).<Set<String>>thenApply(counts -> words.stream()
                        .filter(word -> counts.getOrDefault(word, 0L) == 0)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .exceptionally(UnusedWords::noneKnown);
    }

    /** A check that failed says nothing about the words: the question is decided as it would be without it. */
    private static Set<String> noneKnown(Throwable failure) {
        log.atWarn().addKeyValue("cause", Causes.describe(failure))
                .log("could not check a question's words against the docs; decided without them");
        return Set.of();
    }
}
