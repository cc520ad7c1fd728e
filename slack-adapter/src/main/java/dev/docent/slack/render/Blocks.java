package dev.docent.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;

/**
 * The few Block Kit shapes Docent draws. Text is mrkdwn that the caller made safe; it is marked
 * verbatim, so Slack does not turn names or URLs in it into links or mentions of its own accord.
 */
final class Blocks {

    /** Slack's limit on the text of one section block. */
    static final int SECTION_CHARS = 3_000;

    private Blocks() {
    }

    static LayoutBlock section(String mrkdwn) {
        return SectionBlock.builder().text(mrkdwn(fit(mrkdwn))).build();
    }

    static LayoutBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(mrkdwn(fit(mrkdwn)))).build();
    }

    /**
     * The last guard of Slack's limit: text shortened before escaping can grow past it (each
     * {@code <} becomes {@code &lt;}), so it is cut again where a reader would pause.
     */
    static String fit(String mrkdwn) {
        return mrkdwn.length() <= SECTION_CHARS ? mrkdwn : SectionSplitter.split(mrkdwn, SECTION_CHARS - 1).getFirst() + "…";
    }

    static LayoutBlock actions(List<BlockElement> buttons) {
        return ActionsBlock.builder().elements(buttons).build();
    }

    static ButtonElement button(String label, String actionId, String value) {
        return ButtonElement.builder()
                .text(PlainTextObject.builder().text(label).emoji(true).build())
                .actionId(actionId)
                .value(value)
                .build();
    }

    private static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }
}
