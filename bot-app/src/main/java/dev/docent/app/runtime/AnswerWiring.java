package dev.docent.app.runtime;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.ModelConfig;
import dev.docent.app.model.ChatModels;
import dev.docent.core.cache.AnswerCache;
import dev.docent.core.cache.CachedGrounding;
import dev.docent.core.cache.ElasticsearchIndexVersion;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.followup.FollowUpRewriter;
import dev.docent.core.followup.ModelFollowUpRewriter;
import dev.docent.core.followup.RuleFollowUpRewriter;
import dev.docent.core.generation.AnswerGenerator;
import dev.docent.core.generation.CitationVerifier;
import dev.docent.core.generation.ExtractiveAnswerGenerator;
import dev.docent.core.generation.FallbackAnswerGenerator;
import dev.docent.core.generation.ModelAnswerGenerator;
import dev.docent.core.generation.ModelUsage;
import dev.docent.core.grounding.Grounding;
import dev.docent.core.grounding.RetrievalGrounding;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.relevance.RelevanceModel;
import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * How answers are written, as docent.yml says: extractive by default; with a {@code model}, the
 * model writes and the extractive generator stands in when it fails; the citation verifier checks
 * both; follow-ups are rewritten by the model or by the rule; repeated questions come from the
 * answer cache until the index changes.
 */
final class AnswerWiring {

    private final Grounding uncached;
    private final Grounding grounding;
    private final FollowUpRewriter followUps;
    private final AnswerCache cache;
    private final Optional<String> modelName;

    AnswerWiring(DocentConfig config, Map<String, String> env, HybridRetriever retriever, RelevanceModel relevance,
                 ElasticsearchConnection elasticsearch, MeterRegistry metrics) {
        AnswerGenerator extractive = new ExtractiveAnswerGenerator(ExtractiveAnswerGenerator.Limits.defaults());
        AnswerGenerator generator = extractive;
        FollowUpRewriter rule = new RuleFollowUpRewriter();
        FollowUpRewriter rewriter = rule;
        Optional<ModelConfig> model = config.answerModel();
        if (model.isPresent()) {
            ChatModel chat = ChatModels.build(model.get(), env);
            ModelUsage usage = new ModelUsage(metrics, model.get().name(), Optional.ofNullable(config.prices().get(model.get().name()))
                    .map(price -> new ModelUsage.Price(price.inputPerMillion(), price.outputPerMillion())));
            generator = new FallbackAnswerGenerator(
                    new ModelAnswerGenerator(chat, ModelAnswerGenerator.Limits.defaults(), usage), extractive, metrics);
            rewriter = new ModelFollowUpRewriter(chat, usage, rule);
        }
        this.modelName = model.map(ModelConfig::name);
        this.uncached = new RetrievalGrounding(retriever, relevance,
                generator, new CitationVerifier(CitationVerifier.Thresholds.defaults(), metrics));
        this.followUps = rewriter;
        if (config.cache().enabled()) {
            this.cache = new AnswerCache(new AnswerCache.Limits(config.cache().entries(), config.cache().ttl()),
                    Clock.systemUTC(), metrics);
            this.grounding = new CachedGrounding(uncached, cache, new ElasticsearchIndexVersion(elasticsearch));
        } else {
            this.cache = null;
            this.grounding = uncached;
        }
    }

    Grounding grounding() {
        return grounding;
    }

    Grounding uncachedGrounding() {
        return uncached;
    }

    FollowUpRewriter followUps() {
        return followUps;
    }

    Optional<AnswerCache> cache() {
        return Optional.ofNullable(cache);
    }

    Optional<String> modelName() {
        return modelName;
    }
}
