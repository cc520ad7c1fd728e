package dev.docent.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.ReplyTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an {@link Answer} in Block Kit: the text, then "Sources" with numbered links
 * ("title > section"), then the buttons Helpful / Not helpful / Talk to a human, whose value is
 * the answer's id in the answer log.
 *
 * <p>Within Slack's limits by construction: no section over 3,000 characters (long text is split
 * where a reader would pause, never inside or before a citation marker), the answer text at most
 * {@value #ANSWER_CHARS} characters and the sources one section, so a message
 * stays far below 50 blocks and Slack's ~12,000 characters. Everything from the docs or the
 * asker goes through {@link SlackText#safe}: nothing Docent draws can ping anyone.
 */
public final class SlackAnswerRenderer {

    public static final String HELPFUL = "docent_helpful";
    public static final String NOT_HELPFUL = "docent_not_helpful";
    public static final String TALK_TO_HUMAN = "docent_talk_to_human";

    static final int ANSWER_CHARS = 6_000;
    /** Below the section limit, leaving room for the "and n more" line. */
    static final int SOURCES_CHARS = 2_900;
    static final int LABEL_CHARS = 150;
    static final int QUESTION_CHARS = 500;
    static final int NOTIFICATION_CHARS = 300;

    /** The answer to a mention, a DM or a thread follow-up: it sits right below the question. */
    public SlackMessage render(Answer answer, String answerId) {
        return draw(List.of(), answer, answerId);
    }

    /**
     * The answer to {@code /docent ask}, which the channel never saw asked: it starts with who
     * asked what (by name, not by mention).
     */
    public SlackMessage renderForCommand(String askerName, String question, Answer answer, String answerId) {
        return draw(List.of(Blocks.context(asked(askerName, question))), answer, answerId);
    }

    /** What the channel sees while a /docent ask is being answered. */
    public SlackMessage commandPlaceholder(String askerName, String question) {
        String asked = asked(askerName, question);
        return new SlackMessage(Replies.WORKING, List.of(Blocks.context(asked), Blocks.section(Replies.WORKING)));
    }

    private static String asked(String askerName, String question) {
        return "*" + SlackText.safe(askerName) + "* asked: " + SlackText.safe(SlackText.shorten(question, QUESTION_CHARS));
    }

    private SlackMessage draw(List<LayoutBlock> preface, Answer answer, String answerId) {
        List<LayoutBlock> blocks = new ArrayList<>(preface);
        List<String> notes = new ArrayList<>(answer.notes());

        String text = SlackText.fromMarkdown(answer.text());
        List<String> pieces = SectionSplitter.split(text, Blocks.SECTION_CHARS);
        int used = 0;
        for (String piece : pieces) {
            if (used + piece.length() > ANSWER_CHARS) {
                notes.add("The answer was too long for one Slack message, so it ends early; the sources below have the rest.");
                break;
            }
            blocks.add(Blocks.section(piece));
            used += piece.length();
        }
        if (!notes.isEmpty()) {
            blocks.add(Blocks.context(String.join("\n", notes.stream().map(SlackText::safe).toList())));
        }
        blocks.addAll(sources(answer.citations()));
        relatedPages(answer).ifPresent(blocks::add);
        blocks.add(Blocks.actions(buttons(answer, answerId)));

        String notification = SlackText.fromMarkdown(SlackText.shorten(answer.text(), NOTIFICATION_CHARS));
        return new SlackMessage(notification, blocks);
    }

    /** "Sources" and one line per citation, in one section; a citation line is never cut. */
    private static List<LayoutBlock> sources(List<Citation> citations) {
        if (citations.isEmpty()) {
            return List.of();
        }
        StringBuilder section = new StringBuilder("*Sources*");
        for (int i = 0; i < citations.size(); i++) {
            String line = "\n" + line(citations.get(i));
            if (section.length() + line.length() > SOURCES_CHARS) {
                section.append("\n_and ").append(citations.size() - i).append(" more_");
                break;
            }
            section.append(line);
        }
        return List.of(Blocks.section(section.toString()));
    }

    /** The pages to read on (or, under a refusal, the closest ones), as links in one context line. */
    private static java.util.Optional<LayoutBlock> relatedPages(Answer answer) {
        if (answer.relatedPages().isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder line = new StringBuilder("*").append(ReplyTexts.relatedPagesHeading(answer)).append(":* ");
        for (int i = 0; i < answer.relatedPages().size(); i++) {
            PageReference page = answer.relatedPages().get(i);
            String link = (i > 0 ? " \u00B7 " : "") + SlackText.link(page.url(), SlackText.shorten(page.title(), LABEL_CHARS));
            if (line.length() + link.length() > SOURCES_CHARS) {
                break;
            }
            line.append(link);
        }
        return java.util.Optional.of(Blocks.context(line.toString()));
    }

    static String line(Citation citation) {
        String label = citation.section().isBlank() ? citation.title() : citation.title() + " > " + citation.section();
        return "[" + citation.number() + "] " + SlackText.link(citation.url(), SlackText.shorten(label, LABEL_CHARS));
    }

    private static List<BlockElement> buttons(Answer answer, String answerId) {
        List<BlockElement> buttons = new ArrayList<>(List.of(
                Blocks.button(":thumbsup: Helpful", HELPFUL, answerId),
                Blocks.button(":thumbsdown: Not helpful", NOT_HELPFUL, answerId)));
        // An answer the docs do not cover, or that the policy hands over, brings a person in by
        // itself: offering the button as well would only invite a second request.
        if (answer.grounded() && !answer.decision().escalates()) {
            buttons.add(Blocks.button(":raising_hand: Talk to a human", TALK_TO_HUMAN, answerId));
        }
        return buttons;
    }
}
