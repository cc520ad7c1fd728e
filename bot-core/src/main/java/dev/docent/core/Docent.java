package dev.docent.core;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.ReplyTexts;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.escalation.RequestBeyondDocs;
import dev.docent.core.escalation.UnmentionedRequest;
import dev.docent.core.escalation.YesOrNoBeyondDocs;
import dev.docent.core.followup.FollowUpRewriter;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.grounding.GroundedAnswer;
import dev.docent.core.grounding.Grounding;
import dev.docent.core.intent.IntentClassifier;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.question.Question;
import dev.docent.core.question.QuestionText;
import dev.docent.core.relevance.Verdict;
import dev.docent.core.retrieval.LanguageMismatch;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.teach.TeamAnswerBases;
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

    public static final String NOT_FOUND_TEXT = ReplyTexts.NOT_FOUND;
    /**
     * Below this confidence a refusal lists no pages: they would be as unrelated as the question is to
     * the documentation. Not tuned: any page the model gives a one-in-five chance is worth a look.
     */
    public static final double SEE_ALSO_FROM = 0.2;
    private static final int PAGES_TO_READ = 3;
    private static final int RETRIEVED_PAGES = 10;
    private static final int CLOSEST_PAGES = 2;

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
        Optional<LanguageMismatch> otherLanguage = LanguageMismatch.of(standalone, grounded.pages());
        // The intent model reads English: its reading of a question in another language is noise.
        Optional<IntentPrediction> intent = otherLanguage.isPresent() ? Optional.empty()
                : intents.classify(standalone, grounded.queryEmbedding());
        GeneratedAnswer generated = grounded.answer();
        Verdict verdict = RequestBeyondDocs.verdict(
                generated.grounded() ? grounded.answerability().verdict() : Verdict.NOT_IN_DOCS, intent, standalone);
        boolean teamAnswer = answeredByTheTeam(generated);
        List<String> names = teamAnswer ? List.of() : YesOrNoBeyondDocs.namesToCheck(verdict, standalone);
        Set<String> unusedNames = names.isEmpty() ? Set.of() : this.grounding.unusedWords(names, knowledgeBases);
        verdict = YesOrNoBeyondDocs.verdict(verdict, unusedNames);
        Set<String> unmentioned = !teamAnswer && UnmentionedRequest.worthChecking(verdict, intent)
                ? this.grounding.unmentionedNames(standalone, knowledgeBases) : Set.of();
        Decision decision = teamAnswer ? Decision.answer()
                : escalation.decide(question.place(), intent, UnmentionedRequest.verdict(verdict, unmentioned));
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
                .addKeyValue("pages", grounded.pages().size())
                .addKeyValue("confidence", grounded.answerability().probability())
                .addKeyValue("citations", generated.citations().size())
                .addKeyValue("intent", intent.map(IntentPrediction::intent).orElse(null))
                .addKeyValue("action", decision.action())
                .addKeyValue("totalMs", timings.get("totalMs"))
                .log("answered");
        List<String> notes = new ArrayList<>();
        text.note().ifPresent(notes::add);
        Optional<String> intentName = intent.map(IntentPrediction::intent);
        double confidence = grounded.answerability().probability();
        Retrieved retrieved = new Retrieved(grounded.pages().stream().limit(RETRIEVED_PAGES).map(Docent::reference).toList(),
                confidence);
        AnswerTrace trace = new AnswerTrace(knowledgeBases, grounded.cached(), generated.spend(), grounded.queryEmbedding());
        return switch (decision.reply()) {
            case ANSWER -> {
                notes.addAll(generated.notes());
                yield new Answer(generated.text(), generated.citations(), pagesToRead(generated, grounded.pages()), retrieved,
                        true, intentName, decision, notes, timings, trace);
            }
            case NOT_IN_DOCS -> {
                otherLanguage.map(LanguageMismatch::note).ifPresent(notes::add);
                YesOrNoBeyondDocs.note(unusedNames).ifPresent(notes::add);
                yield new Answer(NOT_FOUND_TEXT, List.of(),
                        confidence >= SEE_ALSO_FROM ? closest(grounded.pages()) : List.of(), retrieved, false, intentName,
                        decision, notes, timings, trace);
            }
            case REQUEST_NOTED -> {
                UnmentionedRequest.note(unmentioned).ifPresent(notes::add);
                YesOrNoBeyondDocs.note(unusedNames).ifPresent(notes::add);
                yield new Answer(ReplyTexts.requestNoted(intentName, decision.action()), List.of(), closest(grounded.pages()),
                        retrieved, false, intentName, decision, notes, timings, trace);
            }
        };
    }

    /**
     * Whether the answer quotes a team answer: the team already answered this question once, so it
     * is answered, not handed to a person again, whatever its intent.
     */
    private static boolean answeredByTheTeam(GeneratedAnswer generated) {
        return generated.grounded()
                && generated.citations().stream().anyMatch(c -> TeamAnswerBases.isTeamAnswers(c.knowledgeBase()));
    }

    /** The pages an answer quotes, then the next best one: where to read on. */
    private static List<PageReference> pagesToRead(GeneratedAnswer generated, List<RankedPage> pages) {
        Map<String, PageReference> read = new LinkedHashMap<>();
        for (var source : generated.sources()) {
            var p = source.passage();
            read.putIfAbsent(p.knowledgeBase() + ":" + p.documentId(), pageOf(pages, p.knowledgeBase(), p.documentId()));
        }
        for (RankedPage page : pages) {
            if (read.size() >= PAGES_TO_READ) {
                break;
            }
            read.putIfAbsent(page.page().knowledgeBase() + ":" + page.documentId(), reference(page));
        }
        return List.copyOf(read.values());
    }

    private static List<PageReference> closest(List<RankedPage> pages) {
        return pages.stream().limit(CLOSEST_PAGES).map(Docent::reference).toList();
    }

    private static PageReference pageOf(List<RankedPage> pages, String knowledgeBase, String documentId) {
        return pages.stream()
                .filter(p -> p.documentId().equals(documentId) && p.page().knowledgeBase().equals(knowledgeBase))
                .findFirst().map(Docent::reference)
                .orElseThrow(() -> new IllegalStateException("A cited page is always a retrieved page"));
    }

    private static PageReference reference(RankedPage page) {
        return new PageReference(page.page().knowledgeBase(), page.documentId(), page.page().title(), page.page().url());
    }
}
