package dev.docent.discord.answer;

import dev.docent.core.question.ThreadMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was said earlier in a thread, oldest first, for a follow-up question: the message the
 * thread was started from, then the thread's messages - people's, and Docent's answers (the text of
 * their embed), marked as Docent's. Other bots' messages are left out; so are messages whose text
 * Discord withholds - without the privileged MESSAGE_CONTENT intent, only messages that mention
 * Docent carry their text, which is exactly a conversation with Docent.
 */
public final class ThreadHistory {

    private static final Logger log = LoggerFactory.getLogger(ThreadHistory.class);

    private ThreadHistory() {
    }

    /**
     * Empty outside threads, and when Discord will not tell (the question is then answered on its
     * own). Blocks on Discord's REST API: call it off the event thread.
     */
    public static List<ThreadMessage> before(MessageChannel channel, Optional<String> messageId, String selfId, int limit) {
        if (limit == 0 || !channel.getType().isThread()) {
            return List.of();
        }
        try {
            return read((ThreadChannel) channel, messageId, selfId, limit);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("thread", channel.getId()).log("could not read the thread's history: {}", e.toString());
            return List.of();
        }
    }

    private static List<ThreadMessage> read(ThreadChannel thread, Optional<String> messageId, String selfId, int limit) {
        List<Message> messages = new ArrayList<>();
        try {
            if (thread.getParentChannel().getType() == ChannelType.TEXT || thread.getParentChannel().getType() == ChannelType.NEWS) {
                messages.add(thread.retrieveParentMessage().complete());
            }
        } catch (ErrorResponseException | UnsupportedOperationException e) {
            log.atDebug().addKeyValue("thread", thread.getId()).log("no parent message: {}", e.getMessage());
        }
        List<Message> earlier = new ArrayList<>(messageId
                .map(id -> MessageHistory.getHistoryBefore(thread, id).limit(limit).complete().getRetrievedHistory())
                .orElseGet(() -> thread.getHistory().retrievePast(limit).complete()));
        messages.addAll(earlier.reversed());
        Pattern selfMention = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">");
        return messages.stream()
                .filter(m -> m.getAuthor().getId().equals(selfId) || !m.getAuthor().isBot() && !m.getAuthor().isSystem())
                .map(m -> m.getAuthor().getId().equals(selfId) ? ThreadMessage.byDocent(answerText(m))
                        : ThreadMessage.byPerson(selfMention.matcher(m.getContentRaw()).replaceAll(" ").strip()))
                .filter(m -> !m.text().isEmpty())
                .toList();
    }

    /** Docent answers in an embed; its description is the answer. */
    private static String answerText(Message message) {
        return message.getEmbeds().stream().map(MessageEmbed::getDescription).filter(Objects::nonNull).findFirst()
                .orElse(message.getContentRaw()).strip();
    }
}
