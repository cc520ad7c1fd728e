package dev.docent.slack.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.Message;
import dev.docent.core.question.ThreadMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadContextTest {

    private static final String DOCENT = "UDOCENT";

    @Test
    void historyIsWhatWasSaidEarlierOldestFirstAsPlainTextWithDocentsRepliesMarked() {
        ThreadContext thread = new ThreadContext(List.of(
                message("1700000000.000100", "UASKER", "<@UDOCENT> how do I rotate the webhook secret?"),
                message("1700000001.000200", DOCENT, "Click Roll secret. [1]"),
                message("1700000001.000300", "UCOLLEAGUE", "same for the API key"),
                message("1700000002.000300", "UASKER", "and the old one?"),
                message("1700000003.000400", "UOTHER", "later message")), DOCENT);

        assertThat(thread.historyBefore("1700000002.000300")).containsExactly(
                ThreadMessage.byPerson("how do I rotate the webhook secret?"),
                ThreadMessage.byDocent("Click Roll secret. [1]"),
                ThreadMessage.byPerson("same for the API key"));
    }

    @Test
    void otherBotsMessagesAreNotHistoryAndDocentsOwnAreMarkedAsDocents() {
        Message refusal = message("1700000001.000200", "UOTHERBOT",
                "I could not find this in the documentation, so I won't guess. Would you like me to bring in a person?");
        refusal.setBotId("B0123");
        Message docents = message("1700000000.000200", DOCENT, "I could not find this in the documentation. Would you like a person?");
        docents.setBotId("BDOCENT");
        ThreadContext thread = new ThreadContext(List.of(
                message("1700000000.000100", "UASKER", "<@UDOCENT> can I pay by wire transfer?"), docents, refusal), DOCENT);

        assertThat(thread.historyBefore("1700000009.000000")).containsExactly(
                ThreadMessage.byPerson("can I pay by wire transfer?"),
                ThreadMessage.byDocent("I could not find this in the documentation. Would you like a person?"));
    }

    @Test
    void historyKeepsOnlyTheMostRecentMessages() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(message("17000000%02d.000000".formatted(i), "UASKER", "message " + i));
        }
        List<ThreadMessage> history = new ThreadContext(messages, DOCENT).historyBefore("1700000099.000000");
        assertThat(history).hasSize(ThreadContext.MAX_HISTORY)
                .startsWith(ThreadMessage.byPerson("message 10")).endsWith(ThreadMessage.byPerson("message 29"));
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
