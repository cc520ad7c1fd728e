package dev.docent.core;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Decision;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.generation.AnswerGenerator;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.question.Question;
import dev.docent.core.question.QuestionText;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.RelevanceFilter;
import dev.docent.core.retrieval.Retrieval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a question becomes an answer: clean the text, retrieve from the knowledge bases the place
 * may see, name its intent, keep what is relevant, write a cited answer - or say honestly that the
 * documentation does not cover it - and let the escalation policy decide whether a person steps in.
 */
public final class Docent {

    public static final String NOT_FOUND_TEXT = "I could not find this in the documentation, so I won't guess. "
            + "Would you like me to bring in a person from the support team?";

    private static final Logger log = LoggerFactory.getLogger(Docent.class);

    private final KnowledgeBaseAccess access;
    private final HybridRetriever retriever;
    private final RelevanceFilter relevance;
    private final AnswerGenerator generator;
    private final IntentClassifier intents;
    private final EscalationPolicy escalation;

    public Docent(KnowledgeBaseAccess access, HybridRetriever retriever, RelevanceFilter relevance, AnswerGenerator generator,
                  IntentClassifier intents, EscalationPolicy escalation) {
        this.access = access;
        this.retriever = retriever;
        this.relevance = relevance;
        this.generator = generator;
        this.intents = intents;
        this.escalation = escalation;
    }

    public Answer answer(Question question) {
        long start = System.nanoTime();
        QuestionText text = QuestionText.of(question.text());
        Set<String> knowledgeBases = access.visibleTo(question.place());
        Retrieval retrieval = retriever.retrieve(text.value(), knowledgeBases);
        long classifying = System.nanoTime();
        Optional<IntentPrediction> intent = intents.classify(text.value(), retrieval.queryEmbedding());
        List<RankedPassage> relevant = relevance.relevant(text.value(), retrieval.passages());

        long generating = System.nanoTime();
        GeneratedAnswer generated = relevant.isEmpty()
                ? new GeneratedAnswer(NOT_FOUND_TEXT, List.of())
                : generator.generate(text.value(), relevant);
        boolean grounded = !relevant.isEmpty();
        Decision decision = escalation.decide(question.place(), intent, grounded);
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>(retrieval.timingsMs());
        timings.put("classifyMs", millis(classifying, generating));
        timings.put("generateMs", millis(generating, end));
        timings.put("totalMs", millis(start, end));
        // Users' words are not log material: only sizes and outcomes are logged.
        log.atDebug()
                .addKeyValue("questionChars", text.value().length())
                .addKeyValue("knowledgeBases", knowledgeBases.size())
                .addKeyValue("passages", retrieval.passages().size())
                .addKeyValue("relevant", relevant.size())
                .addKeyValue("intent", intent.map(IntentPrediction::intent).orElse(null))
                .addKeyValue("action", decision.action())
                .addKeyValue("totalMs", timings.get("totalMs"))
                .log("answered");
        return new Answer(generated.text(), generated.citations(), grounded, intent.map(IntentPrediction::intent),
                decision, text.note().stream().toList(), timings);
    }

    private static double millis(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 10_000.0) / 100.0;
    }
}
