package dev.docent.core.intent.hosted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.intent.training.LabelledText;
import java.util.List;

/**
 * The chat fine-tuning format of hosted providers (OpenAI's, which others accept too): each
 * example a system prompt that lists the intents, the message, and the label as the assistant's
 * whole answer. The hosted classifier asks with the very same system prompt, so the fine-tuned
 * model sees at serving time what it saw in training.
 */
public final class ChatFineTuneFormat {

    public static final String OPENAI_CHAT_JSONL = "openai-chat-jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    record Message(String role, String content) {
    }

    record Example(List<Message> messages) {
    }

    private ChatFineTuneFormat() {
    }

    public static String systemPrompt(List<String> labels) {
        return "You route support chat messages. Reply with exactly one of these intents and nothing else: "
                + String.join(", ", labels) + ".";
    }

    public static String jsonLines(List<String> labels, List<LabelledText> rows) {
        String system = systemPrompt(labels);
        StringBuilder out = new StringBuilder();
        for (LabelledText row : rows) {
            Example example = new Example(List.of(new Message("system", system), new Message("user", row.text()),
                    new Message("assistant", row.label())));
            try {
                out.append(JSON.writeValueAsString(example)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A chat example always serialises", e);
            }
        }
        return out.toString();
    }
}
