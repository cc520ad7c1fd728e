package dev.docent.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message as Docent posts it: Block Kit blocks, and the plain text Slack shows in notifications
 * and to clients that cannot draw blocks. Both are already safe to post (escaped, no mentions
 * but the ones Docent means).
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** A message of one paragraph of mrkdwn, no blocks. */
    public static SlackMessage plain(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of());
    }
}
