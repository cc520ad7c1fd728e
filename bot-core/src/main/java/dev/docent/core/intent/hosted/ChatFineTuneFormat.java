package dev.docent.core.intent.hosted;

import java.util.List;

/**
 * The system prompt of the chat fine-tuning format of hosted providers (OpenAI's, which others
 * accept too): it lists the intents, and the label is the assistant's whole answer. The hosted
 * classifier asks with the very same prompt that {@code docent intents export} (the lab) writes
 * into every training example, so the fine-tuned model sees at serving time what it saw in training.
 */
public final class ChatFineTuneFormat {

    private ChatFineTuneFormat() {
    }

    public static String systemPrompt(List<String> labels) {
        return "You route support chat messages. Reply with exactly one of these intents and nothing else: "
                + String.join(", ", labels) + ".";
    }
}
