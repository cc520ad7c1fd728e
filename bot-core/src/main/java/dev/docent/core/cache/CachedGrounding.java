package dev.docent.core.cache;

import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.grounding.GroundedAnswer;
import dev.docent.core.grounding.Grounding;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves a repeated question from the {@link AnswerCache} while the index has not changed. An
 * answer the model could not write (the extractive fallback took over) is not kept: the next
 * asker should get the model's answer once the model is back.
 */
public final class CachedGrounding implements Grounding {

    private final Grounding grounding;
    private final AnswerCache cache;
    private final IndexVersion indexVersion;

    public CachedGrounding(Grounding grounding, AnswerCache cache, IndexVersion indexVersion) {
        this.grounding = grounding;
        this.cache = cache;
        this.indexVersion = indexVersion;
    }

    @Override
    public GroundedAnswer answer(String question, Set<String> knowledgeBases) {
        long start = System.nanoTime();
        String key = AnswerCache.key(knowledgeBases, question, indexVersion.of(knowledgeBases));
        double versionMs = ElapsedMillis.between(start, System.nanoTime());
        Optional<GroundedAnswer> cached = cache.get(key);
        if (cached.isPresent()) {
            Map<String, Double> timings = new LinkedHashMap<>();
            timings.put("cacheMs", ElapsedMillis.between(start, System.nanoTime()));
            return cached.get().servedFromCache(timings);
        }
        GroundedAnswer answer = grounding.answer(question, knowledgeBases);
        if (!answer.answer().degraded()) {
            cache.put(key, answer);
        }
        Map<String, Double> timings = new LinkedHashMap<>(answer.timingsMs());
        timings.put("cacheMs", versionMs);
        return answer.withTimings(timings);
    }

    /** Not kept: only a feature request the docs seem to settle asks, and a reindex may add the name. */
    @Override
    public Set<String> unmentionedNames(String question, Set<String> knowledgeBases) {
        return grounding.unmentionedNames(question, knowledgeBases);
    }

    /** Not kept either: only a yes-or-no question that names a product asks. */
    @Override
    public Set<String> unusedWords(Collection<String> words, Set<String> knowledgeBases) {
        return grounding.unusedWords(words, knowledgeBases);
    }
}
