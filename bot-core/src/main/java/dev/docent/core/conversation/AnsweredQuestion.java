package dev.docent.core.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.answer.Citation;
import java.time.Instant;
import java.util.List;

/**
 * A question Docent answered in a chat, kept so that later clicks on its buttons (feedback, "talk
 * to a human") and escalations can say what was asked and what Docent replied. Votes and cases
 * carry a copy, so the overview can count them by platform and knowledge base (searched) too;
 * both are null or empty in records written before Docent kept them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnsweredQuestion(
        String id,
        String platform,
        String tenant,
        String channel,
        String user,
        String question,
        String answer,
        List<Citation> citations,
        String intent,
        String action,
        String reason,
        boolean grounded,
        List<String> knowledgeBases,
        Instant time) {

    public AnsweredQuestion {
        citations = citations == null ? List.of() : List.copyOf(citations);
        knowledgeBases = knowledgeBases == null ? List.of() : List.copyOf(knowledgeBases);
    }
}
