package dev.docent.lab.intents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.intent.hosted.ChatFineTuneFormat;
import dev.docent.lab.intents.training.LabelledText;
import java.util.List;

/**
 * Labelled rows as chat fine-tuning files of hosted providers (OpenAI's format, which others
 * accept too): each example the system prompt the hosted classifier asks with
 * ({@link ChatFineTuneFormat#systemPrompt}), the message, and the label as the assistant's whole answer.
 */
public final class ChatFineTuneFiles {

    public static final String OPENAI_CHAT_JSONL = "openai-chat-jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    record Message(String role, String content) {
    }

    record Example(List<Message> messages) {
    }

    private ChatFineTuneFiles() {
    }

    public static String jsonLines(List<String> labels, List<LabelledText> rows) {
        String system = ChatFineTuneFormat.systemPrompt(labels);
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
