package dev.docent.slack.question;

import com.slack.api.model.Message;
import dev.docent.core.question.ThreadMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a thread tells Docent about a new message in it: the earlier messages (the context of a
 * follow-up, oldest first), and whether the message continues a conversation with Docent.
 *
 * @param thread the thread's messages as conversations.replies returns them, first message first
 */
public record ThreadContext(List<Message> thread, String botUserId) {

    /** At most this many earlier messages are passed on: a follow-up is about the recent past. */
    public static final int MAX_HISTORY = 20;
    static final int MAX_MESSAGE_CHARS = 2_000;

    public ThreadContext {
        thread = List.copyOf(thread);
    }

    /**
     * What was said before {@code ts}, as plain text, oldest first: people's messages and Docent's
     * replies, marked as Docent's. Empty messages (a bare mention) are left out, and so are other
     * bots' messages, as on Discord: they are neither the asker's question nor Docent's answer.
     */
    public List<ThreadMessage> historyBefore(String ts) {
        BigDecimal current = new BigDecimal(ts);
        List<ThreadMessage> earlier = thread.stream()
                .filter(m -> m.getTs() != null && new BigDecimal(m.getTs()).compareTo(current) < 0)
                .filter(m -> byDocent(m) || m.getBotId() == null)
                .map(m -> new ThreadMessage(cut(SlackMarkup.toPlainText(m.getText() == null ? "" : m.getText(), botUserId)),
                        byDocent(m)))
                .filter(m -> !m.text().isEmpty())
                .toList();
        return earlier.subList(Math.max(0, earlier.size() - MAX_HISTORY), earlier.size());
    }

    /**
     * Whether a reply by {@code author} (without a mention) is a follow-up Docent should answer:
     * Docent has answered in this thread, and the author is the one who started it (or Docent
     * started it, with a /docent ask answer). Others talking in the thread are left alone unless
     * they mention Docent.
     */
    public boolean isFollowUpBy(String author) {
        boolean answered = thread.stream().anyMatch(this::byDocent);
        Optional<Message> first = thread.stream().findFirst();
        return answered && first.map(m -> author.equals(m.getUser()) || byDocent(m)).orElse(false);
    }

    private static String cut(String text) {
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) : text;
    }

    private boolean byDocent(Message message) {
        return botUserId.equals(message.getUser());
    }
}
