package dev.docent.slack.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadContextTest {

    private static final String DOCENT = "UDOCENT";

    @Test
    void historyIsTheEarlierMessagesOldestFirstAsPlainText() {
        ThreadContext thread = new ThreadContext(List.of(
                message("1700000000.000100", "UASKER", "<@UDOCENT> how do I rotate the webhook secret?"),
                message("1700000001.000200", DOCENT, "Click Roll secret. [1]"),
                message("1700000002.000300", "UASKER", "and the old one?"),
                message("1700000003.000400", "UOTHER", "later message")), DOCENT);

        assertThat(thread.historyBefore("1700000002.000300"))
                .containsExactly("how do I rotate the webhook secret?", "Click Roll secret. [1]");
    }

    @Test
    void historyKeepsOnlyTheMostRecentMessages() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(message("17000000%02d.000000".formatted(i), "UASKER", "message " + i));
        }
        List<String> history = new ThreadContext(messages, DOCENT).historyBefore("1700000099.000000");
        assertThat(history).hasSize(ThreadContext.MAX_HISTORY).startsWith("message 10").endsWith("message 29");
    }

    @Test
    void aFollowUpIsTheAskerContinuingAThreadDocentAnswered() {
        ThreadContext answered = new ThreadContext(List.of(
                message("1.1", "UASKER", "<@UDOCENT> question"), message("1.2", DOCENT, "answer")), DOCENT);
        ThreadContext notAnswered = new ThreadContext(List.of(
                message("1.1", "UASKER", "question to colleagues"), message("1.2", "UOTHER", "reply")), DOCENT);
        ThreadContext startedByDocent = new ThreadContext(List.of(message("1.1", DOCENT, "answer to /docent ask")), DOCENT);

        assertThat(answered.isFollowUpBy("UASKER")).isTrue();
        assertThat(answered.isFollowUpBy("UOTHER")).isFalse();
        assertThat(notAnswered.isFollowUpBy("UASKER")).isFalse();
        assertThat(startedByDocent.isFollowUpBy("UANYONE")).isTrue();
    }

    private static Message message(String ts, String user, String text) {
        Message message = new Message();
        message.setTs(ts);
        message.setUser(user);
        message.setText(text);
        return message;
    }
}
