package dev.docent.core.generation;

import dev.docent.core.answer.TokenSpend;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;

/**
 * Answers with a language model that sees only the numbered passages and is told to answer from
 * them alone, with [n] after each claim, and to say so when they do not cover the question. What
 * it writes is a draft: the {@link CitationVerifier} checks it like any other. A failed call or
 * an empty reply throws, so that {@link FallbackAnswerGenerator} can answer extractively instead.
 */
public final class ModelAnswerGenerator implements AnswerGenerator {

    static final String INSTRUCTIONS = """
            You are Docent, a support assistant. Answer the user's question using ONLY the numbered \
            documentation passages in the message. Rules:
            - Put the number of the passage that supports a sentence in square brackets right after \
            it, e.g. "Click Roll secret. [2]". Every sentence that states a fact needs one.
            - Use only the numbers of the passages you were given. Never cite anything else.
            - Never use knowledge from outside the passages. If the passages do not answer the \
            question, reply only: "The documentation does not cover this."
            - Be brief and concrete: steps, settings, limits, exactly as the passages state them.""";

    /** How much of the retrieved text the model sees. */
    public record Limits(int passages, int charsPerPassage) {

        public static Limits defaults() {
            return new Limits(5, 2_000);
        }
    }

    private final ChatModel model;
    private final Limits limits;
    private final ModelUsage usage;

    public ModelAnswerGenerator(ChatModel model, Limits limits, ModelUsage usage) {
        this.model = model;
        this.limits = limits;
        this.usage = usage;
    }

    @Override
    public Draft draft(String question, List<RankedPassage> relevantPassages) {
        List<RankedPassage> given = relevantPassages.subList(0, Math.min(limits.passages(), relevantPassages.size()));
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt(question, given)))
                .build());
        TokenSpend spend = usage.record(response.tokenUsage());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new ModelAnswerException("The model replied with no text");
        }
        return new Draft(text.strip(), given, false, spend);
    }

    private String prompt(String question, List<RankedPassage> passages) {
        StringBuilder prompt = new StringBuilder("Documentation passages:\n\n");
        for (int i = 0; i < passages.size(); i++) {
            IndexedPassage p = passages.get(i).passage();
            String where = p.section().isEmpty() ? p.title() : p.title() + " > " + p.section();
            String text = p.text().length() <= limits.charsPerPassage() ? p.text() : p.text().substring(0, limits.charsPerPassage());
            prompt.append('[').append(i + 1).append("] ").append(where).append('\n').append(text.strip()).append("\n\n");
        }
        return prompt.append("Question: ").append(question).toString();
    }
}
