package dev.docent.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import java.util.List;
import java.util.Map;

/** The one JSON object {@code docent ask --json} prints: a contract for scripts, so its shape is fixed here. */
public final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    record CitationJson(int n, String title, String section, String url, String knowledgeBase, String page, String snippet) {
    }

    record PageJson(String title, String url, String knowledgeBase, String page) {
    }

    record Body(String answer, List<CitationJson> citations, List<PageJson> relatedPages, String reply, double confidence,
                String intent, boolean escalate, String action, String reason, List<String> notes, Map<String, Double> timings) {
    }

    private AnswerJson() {
    }

    public static String of(Answer answer) {
        Body body = new Body(
                answer.text(),
                answer.citations().stream().map(AnswerJson::citation).toList(),
                answer.relatedPages().stream().map(p -> new PageJson(p.title(), p.url(), p.knowledgeBase(), p.documentId())).toList(),
                answer.decision().reply().name().toLowerCase(java.util.Locale.ROOT),
                Math.round(answer.confidence() * 1000) / 1000.0,
                answer.intent().orElse(null),
                answer.decision().escalates(),
                answer.decision().action().name().toLowerCase(java.util.Locale.ROOT),
                answer.decision().reason().orElse(null),
                answer.notes(),
                answer.timingsMs());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer always serialises", e);
        }
    }

    private static CitationJson citation(Citation c) {
        return new CitationJson(c.number(), c.title(), c.section(), c.url(), c.knowledgeBase(), c.documentId(), c.snippet());
    }
}
