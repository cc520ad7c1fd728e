package dev.docent.core;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Decision;
import dev.docent.core.generation.AnswerGenerator;
import dev.docent.core.generation.GeneratedAnswer;
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
 * may see, keep what is relevant, write a cited answer - or say honestly that the documentation
 * does not cover it and offer a person.
 */
public final class Docent {

    public static final String NOT_FOUND_TEXT = "I could not find this in the documentation, so I won't guess. "
            + "Would you like me to bring in a person from the support team?";
    public static final String NOT_FOUND_REASON = "The documentation has nothing that answers this question.";

    private static final Logger log = LoggerFactory.getLogger(Docent.class);

    private final KnowledgeBaseAccess access;
    private final HybridRetriever retriever;
    private final RelevanceFilter relevance;
    private final AnswerGenerator generator;

    public Docent(KnowledgeBaseAccess access, HybridRetriever retriever, RelevanceFilter relevance, AnswerGenerator generator) {
        this.access = access;
        this.retriever = retriever;
        this.relevance = relevance;
        this.generator = generator;
    }

    public Answer answer(Question question) {
        long start = System.nanoTime();
        QuestionText text = QuestionText.of(question.text());
        Set<String> knowledgeBases = access.visibleTo(question.place());
        Retrieval retrieval = retriever.retrieve(text.value(), knowledgeBases);
        List<RankedPassage> relevant = relevance.relevant(text.value(), retrieval.passages());

        long generating = System.nanoTime();
        Answer answer = relevant.isEmpty()
                ? notFound(text, retrieval)
                : found(generator.generate(text.value(), relevant), text, retrieval);
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>(retrieval.timingsMs());
        timings.put("generateMs", millis(generating, end));
        timings.put("totalMs", millis(start, end));
        // Users' words are not log material: only sizes and outcomes are logged.
        log.atDebug()
                .addKeyValue("questionChars", text.value().length())
                .addKeyValue("knowledgeBases", knowledgeBases.size())
                .addKeyValue("passages", retrieval.passages().size())
                .addKeyValue("relevant", relevant.size())
                .addKeyValue("totalMs", timings.get("totalMs"))
                .log("answered");
        return new Answer(answer.text(), answer.citations(), answer.grounded(), answer.intent(), answer.decision(),
                answer.notes(), timings);
    }

    private static Answer found(GeneratedAnswer generated, QuestionText text, Retrieval retrieval) {
        return new Answer(generated.text(), generated.citations(), true, Optional.empty(), Decision.answer(),
                notes(text), retrieval.timingsMs());
    }

    private static Answer notFound(QuestionText text, Retrieval retrieval) {
        return new Answer(NOT_FOUND_TEXT, List.of(), false, Optional.empty(), Decision.offerHuman(NOT_FOUND_REASON),
                notes(text), retrieval.timingsMs());
    }

    private static List<String> notes(QuestionText text) {
        return text.note().stream().toList();
    }

    private static double millis(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 10_000.0) / 100.0;
    }
}
