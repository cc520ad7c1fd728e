package dev.docent.slack.web;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.webhook.WebhookResponse;
import dev.docent.slack.render.SlackMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls Docent makes, with the bot token. A 429 is a
 * {@link SlackRateLimitedException} carrying Retry-After: {@link SlackDeliveries} decides when to
 * try again, without holding a thread meanwhile. Every other failure is a
 * {@link SlackCallException} carrying Slack's error code.
 *
 * <p>Each call blocks for one HTTP round trip: callers run on Docent's own executors, never on the
 * thread that acks.
 */
public final class SlackWeb {

    private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);
    private static final int THREAD_HISTORY_LIMIT = 100;

    private final Slack slack;
    private final MethodsClient methods;

    public SlackWeb(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    /** Posts a message, in a thread when {@code threadTs} is given; a user id as channel posts to their DM with Docent. */
    public MessageRef post(String channel, Optional<String> threadTs, SlackMessage message) {
        ChatPostMessageResponse response = call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel)
                .threadTs(threadTs.orElse(null))
                .text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks())
                .unfurlLinks(false)
                .unfurlMedia(false)));
        return new MessageRef(response.getChannel(), response.getTs(), threadTs);
    }

    /** Replaces a message Docent posted (the placeholder becomes the answer; progress moves on). */
    public void update(MessageRef message, SlackMessage replacement) {
        call("chat.update", () -> methods.chatUpdate(r -> r
                .channel(message.channel())
                .ts(message.ts())
                .text(replacement.text())
                .blocks(replacement.blocks())));
    }

    /**
     * Shows a message to one user only, through the response_url of their command or click (works
     * where Docent is not a member, unlike chat.postEphemeral).
     */
    public void respondEphemerally(String responseUrl, SlackMessage message) {
        ActionResponse response = ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(false)
                .text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks())
                .build();
        WebhookResponse result;
        try {
            result = new Responder(slack, responseUrl).send(response);
        } catch (IOException e) {
            throw new SlackCallException("response_url", "unreachable (" + e.getClass().getSimpleName() + ")", e);
        }
        if (result.getCode() == 429) {
            throw new SlackRateLimitedException("response_url", RetryAfter.parse(header(result, "Retry-After")), null);
        }
        if (result.getCode() / 100 != 2) {
            // The body may echo what was sent: the status is enough.
            throw new SlackCallException("response_url", "HTTP " + result.getCode());
        }
    }

    public Optional<String> permalink(MessageRef message) {
        try {
            return Optional.ofNullable(call("chat.getPermalink",
                    () -> methods.chatGetPermalink(r -> r.channel(message.channel()).messageTs(message.ts()))).getPermalink());
        } catch (SlackCallException e) {
            log.atWarn().addKeyValue("error", e.error()).log("no permalink for a message");
            return Optional.empty();
        }
    }

    /** The messages of a thread, oldest first, the thread's first message included. */
    public List<Message> threadMessages(String channel, String threadTs) {
        List<Message> messages = call("conversations.replies", () -> methods.conversationsReplies(r -> r
                .channel(channel).ts(threadTs).limit(THREAD_HISTORY_LIMIT))).getMessages();
        return messages == null ? List.of() : messages;
    }

    /** The members of a user group (e.g. the admins' group). */
    public List<String> userGroupMembers(String userGroup) {
        List<String> users = call("usergroups.users.list", () -> methods.usergroupsUsersList(r -> r.usergroup(userGroup)))
                .getUsers();
        return users == null ? List.of() : users;
    }

    public User user(String userId) {
        return call("users.info", () -> methods.usersInfo(r -> r.user(userId))).getUser();
    }

    private <T extends SlackApiTextResponse> T call(String method, SlackCall<T> call) {
        try {
            T response = call.call();
            if (!response.isOk()) {
                throw new SlackCallException(method, response.getError());
            }
            return response;
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                throw new SlackRateLimitedException(method, RetryAfter.parse(e.getResponse().header("Retry-After")), e);
            }
            String error = e.getError() != null && e.getError().getError() != null
                    ? e.getError().getError() : "HTTP " + e.getResponse().code();
            throw new SlackCallException(method, error, e);
        } catch (IOException e) {
            throw new SlackCallException(method, "Slack is unreachable (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String header(WebhookResponse response, String name) {
        return response.getHeaders() == null ? null : response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst().orElse(null);
    }

    @FunctionalInterface
    private interface SlackCall<T> {
        T call() throws IOException, SlackApiException;
    }
}
