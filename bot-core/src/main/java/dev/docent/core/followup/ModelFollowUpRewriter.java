package dev.docent.core.followup;

import dev.docent.core.generation.ModelUsage;
import dev.docent.core.question.ThreadMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the configured model to restate a follow-up as a standalone question. Only thread
 * follow-ups reach the model (a first question needs no rewriting), and any failure - or a reply
 * that is empty or absurdly long - falls back to the rule.
 */
public final class ModelFollowUpRewriter implements FollowUpRewriter {

    private static final Logger log = LoggerFactory.getLogger(ModelFollowUpRewriter.class);

    static final String INSTRUCTIONS = """
            Rewrite the user's last message as one standalone question that can be understood \
            without the conversation, keeping its meaning and the product terms used. Reply with \
            the question only.""";
    private static final int HISTORY_MESSAGES = 6;
    private static final int MAX_CHARS = 500;
    /** Docent's answers run long; what a follow-up points at ("the second option") is near their start. */
    private static final int MAX_ANSWER_CHARS = 600;

    private final ChatModel model;
    private final ModelUsage usage;
    private final FollowUpRewriter fallback;

    public ModelFollowUpRewriter(ChatModel model, ModelUsage usage, FollowUpRewriter fallback) {
        this.model = model;
        this.usage = usage;
        this.fallback = fallback;
    }

    @Override
    public String standalone(String question, List<ThreadMessage> threadHistory) {
        if (threadHistory.isEmpty()) {
            return question;
        }
        try {
            StringBuilder conversation = new StringBuilder("Conversation so far:\n");
            threadHistory.subList(Math.max(0, threadHistory.size() - HISTORY_MESSAGES), threadHistory.size())
                    .forEach(m -> conversation.append(m.byDocent() ? "- Docent: " : "- User: ").append(said(m)).append('\n'));
            conversation.append("\nLast message: ").append(question);
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(conversation.toString()))
                    .build());
            usage.record(response.tokenUsage());
            String rewritten = response.aiMessage() == null ? null : response.aiMessage().text();
            if (rewritten != null && !rewritten.isBlank() && rewritten.strip().length() <= MAX_CHARS) {
                return rewritten.strip();
            }
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.getClass().getSimpleName()).log("The model could not rewrite a follow-up; using the rule");
        }
        return fallback.standalone(question, threadHistory);
    }

    private static String said(ThreadMessage message) {
        String text = message.text().strip();
        return message.byDocent() && text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) + " ..." : text;
    }
}
