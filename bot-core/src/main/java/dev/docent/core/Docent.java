package dev.docent.core;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.followup.FollowUpRewriter;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.grounding.GroundedAnswer;
import dev.docent.core.grounding.Grounding;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.question.Question;
import dev.docent.core.question.QuestionText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a question becomes an answer: clean the text, make a thread follow-up standalone, answer
 * it from the knowledge bases the place may see (retrieve, keep what is relevant, write and
 * verify a cited answer - or say honestly that the documentation does not cover it), name its
 * intent, and let the escalation policy decide whether a person steps in.
 */
public final class Docent {

    public static final String NOT_FOUND_TEXT = GeneratedAnswer.NOT_FOUND_TEXT;

    private static final Logger log = LoggerFactory.getLogger(Docent.class);

    private final KnowledgeBaseAccess access;
    private final FollowUpRewriter followUps;
    private final Grounding grounding;
    private final IntentClassifier intents;
    private final EscalationPolicy escalation;

    public Docent(KnowledgeBaseAccess access, FollowUpRewriter followUps, Grounding grounding,
                  IntentClassifier intents, EscalationPolicy escalation) {
        this.access = access;
        this.followUps = followUps;
        this.grounding = grounding;
        this.intents = intents;
        this.escalation = escalation;
    }

    public Answer answer(Question question) {
        long start = System.nanoTime();
        QuestionText text = QuestionText.of(question.text());
        String standalone = followUps.standalone(text.value(), question.threadHistory());
        Set<String> knowledgeBases = access.visibleTo(question.place());
        long grounding = System.nanoTime();
        GroundedAnswer grounded = this.grounding.answer(standalone, knowledgeBases);
        long classifying = System.nanoTime();
        Optional<IntentPrediction> intent = intents.classify(standalone, grounded.queryEmbedding());
        GeneratedAnswer generated = grounded.answer();
        Decision decision = escalation.decide(question.place(), intent, generated.grounded());
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>();
        if (!question.threadHistory().isEmpty()) {
            timings.put("rewriteMs", ElapsedMillis.between(start, grounding));
        }
        timings.putAll(grounded.timingsMs());
        timings.put("classifyMs", ElapsedMillis.between(classifying, end));
        timings.put("totalMs", ElapsedMillis.between(start, end));
        // Users' words are not log material: only sizes and outcomes are logged.
        log.atDebug()
                .addKeyValue("questionChars", text.value().length())
                .addKeyValue("followUp", !question.threadHistory().isEmpty())
                .addKeyValue("knowledgeBases", knowledgeBases.size())
                .addKeyValue("candidates", grounded.ranking().size())
                .addKeyValue("citations", generated.citations().size())
                .addKeyValue("intent", intent.map(IntentPrediction::intent).orElse(null))
                .addKeyValue("action", decision.action())
                .addKeyValue("totalMs", timings.get("totalMs"))
                .log("answered");
        List<String> notes = new ArrayList<>();
        text.note().ifPresent(notes::add);
        notes.addAll(generated.notes());
        return new Answer(generated.text(), generated.citations(), generated.grounded(), intent.map(IntentPrediction::intent),
                decision, notes, timings);
    }
}
