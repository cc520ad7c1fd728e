package dev.docent.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case message in a tenant's escalation channel: who asked what, where, what Docent tried,
 * the detected intent and why a person is needed - mentioning the on-call user group, the one
 * mention Docent makes on purpose. Everything else is made safe.
 */
public final class EscalationCaseRenderer {

    static final int QUESTION_CHARS = 1_500;
    static final int ANSWER_CHARS = 2_000;

    /**
     * @param askerName   the asker's display name (never a mention: the case must not ping them)
     * @param requestedBy who asked for the person, in words: "the asker", a name, or "Docent"
     * @param link        the permalink of the answer in its thread, if Slack gave one
     * @param moreAskers  how many people asked much the same since
     */
    public record Case(String question, String askerName, String requestedBy, Optional<String> link, String answer,
                       Optional<String> intent, String reason, Optional<String> mentionGroup, int moreAskers) {
    }

    public SlackMessage render(Case escalation) {
        String mention = escalation.mentionGroup().map(g -> SlackText.userGroupMention(g) + " ").orElse("");
        String headline = mention + ":raising_hand: *A question needs a person* - asked by *"
                + SlackText.safe(escalation.askerName()) + "*" + moreAskers(escalation.moreAskers());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(headline));
        blocks.add(Blocks.section("*Question*\n" + quote(SlackText.shorten(escalation.question(), QUESTION_CHARS))));
        blocks.add(Blocks.section("*Docent's attempted answer*\n"
                + quote(SlackText.shorten(escalation.answer(), ANSWER_CHARS))));
        blocks.add(Blocks.section("*Why*: " + SlackText.safe(escalation.reason())
                + "\n*Intent*: " + SlackText.safe(escalation.intent().orElse("not classified"))
                + "\n*Requested by*: " + SlackText.safe(escalation.requestedBy())
                + "\n*Thread*: " + escalation.link().map(l -> SlackText.link(l, "open the conversation"))
                        .orElse("no link (Slack did not give one)")));
        String text = mention + "A question needs a person: " + SlackText.safe(SlackText.shorten(escalation.question(), 200));
        return new SlackMessage(text, blocks);
    }

    /** The reply in a case's thread when one more person asks much the same: their name, a link to their conversation. */
    public SlackMessage alsoAsked(String askerName, Optional<String> link) {
        return SlackMessage.plain(":raising_hand: Also asked by *" + SlackText.safe(askerName) + "*"
                + link.map(l -> " - " + SlackText.link(l, "open the conversation")).orElse(""));
    }

    private static String moreAskers(int count) {
        return count == 0 ? "" : count == 1 ? " - *1 more person asked this*" : " - *" + count + " more people asked this*";
    }

    private static String quote(String text) {
        return String.join("\n", text.strip().lines().map(line -> ">" + SlackText.fromMarkdown(line)).toList());
    }
}
