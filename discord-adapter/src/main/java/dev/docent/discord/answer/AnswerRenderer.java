package dev.docent.discord.answer;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.ReplyTexts;
import dev.docent.core.desk.Handover;
import dev.docent.discord.render.DiscordLimits;
import dev.docent.discord.render.Mentions;
import dev.docent.discord.render.QuietMessages;
import dev.docent.discord.render.TextFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Draws an {@link Answer} as a Discord message: the answer in an embed, its numbered sources with
 * links, the buttons Helpful / Not helpful / Talk to a human, and - when a person was brought in -
 * what happens next. Stays within Discord's limits without cutting a citation or a source link in
 * half: sources are kept whole (each one fits or is left out), and the text is cut, if it must be,
 * after a citation. Needs no connection to Discord, so it is tested on its own.
 */
public final class AnswerRenderer {

    static final int GROUNDED_COLOR = 0x2B9348;
    static final int NOT_FOUND_COLOR = 0xE9A23B;
    static final String CUT_MARKER = "\u2026\n\n*(Cut to fit in Discord: the sources have the rest.)*";
    /** Sources may take this much of the 6,000 characters an embed may hold; the answer gets the rest. */
    static final int SOURCES_BUDGET = 2_500;
    static final int SOURCE_TITLE_CHARS = 200;
    static final int SOURCE_URL_CHARS = 600;

    /**
     * @param escalation whether a person was brought in (or could not be): then the asker is told
     *                   what happens next, and "Talk to a human" is shown done
     */
    public MessageCreateData render(String question, Answer answer, String answerId, Optional<Handover> escalation) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(answer.grounded() ? GROUNDED_COLOR : NOT_FOUND_COLOR)
                .setTitle(TextFit.fit(Mentions.neutralise(oneLine(question)), DiscordLimits.EMBED_TITLE));
        List<String> notes = answer.notes().stream().map(Mentions::neutralise).toList();
        if (!notes.isEmpty()) {
            embed.setFooter(TextFit.fit(String.join(" \u00B7 ", notes), DiscordLimits.FOOTER));
        }
        addSources(embed, answer.citations());
        addRelatedPages(embed, answer);
        int room = DiscordLimits.EMBEDS_TOTAL - embed.length();
        embed.setDescription(TextFit.fit(Mentions.neutralise(answer.text()),
                Math.min(DiscordLimits.EMBED_DESCRIPTION, room), CUT_MARKER));

        MessageCreateBuilder message = QuietMessages.builder()
                .setEmbeds(embed.build())
                .setComponents(ActionRow.of(
                        Button.success(AnswerButton.HELPFUL.customId(answerId), "Helpful"),
                        Button.secondary(AnswerButton.NOT_HELPFUL.customId(answerId), "Not helpful"),
                        escalation.map(outcome -> Button.primary(AnswerButton.HUMAN.customId(answerId), buttonLabel(outcome))
                                        .asDisabled())
                                .orElse(Button.primary(AnswerButton.HUMAN.customId(answerId), "Talk to a human"))));
        escalation.ifPresent(outcome -> message.setContent(outcome.notice()));
        return message.build();
    }

    /** The "Talk to a human" button once the desk handed the question over (or could not): asking again would change nothing. */
    static String buttonLabel(Handover handover) {
        return handover.handedOver() ? "A person has been asked" : "Please ask a moderator";
    }

    /** Sources as whole lines, packed into fields of at most 1,024 characters; the ones that do not fit are counted. */
    private static void addSources(EmbedBuilder embed, List<Citation> citations) {
        List<StringBuilder> fields = new ArrayList<>();
        int budget = SOURCES_BUDGET;
        int kept = 0;
        for (Citation citation : citations) {
            String line = sourceLine(citation);
            StringBuilder current = fields.isEmpty() ? null : fields.getLast();
            boolean newField = current == null || current.length() + 1 + line.length() > DiscordLimits.FIELD_VALUE;
            if (line.length() + 1 > budget || (newField && fields.size() == DiscordLimits.EMBED_FIELDS)) {
                break;
            }
            if (newField) {
                current = new StringBuilder();
                fields.add(current);
            } else {
                current.append('\n');
            }
            current.append(line);
            budget -= line.length() + 1;
            kept++;
        }
        int left = citations.size() - kept;
        if (left > 0) {
            String more = "\u2026and %d more source%s.".formatted(left, left == 1 ? "" : "s");
            if (!fields.isEmpty() && fields.getLast().length() + 1 + more.length() <= DiscordLimits.FIELD_VALUE) {
                fields.getLast().append('\n').append(more);
            } else if (fields.size() < DiscordLimits.EMBED_FIELDS) {
                fields.add(new StringBuilder(more));
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            embed.addField(i == 0 ? "Sources" : "Sources (continued)", fields.get(i).toString(), false);
        }
    }

    /** The pages to read on (or, under a refusal, the closest ones) in one field, whole links only. */
    private static void addRelatedPages(EmbedBuilder embed, Answer answer) {
        StringBuilder links = new StringBuilder();
        for (PageReference page : answer.relatedPages()) {
            String title = TextFit.fit(Mentions.neutralise(oneLine(page.title())).replace("[", "(").replace("]", ")"),
                    SOURCE_TITLE_CHARS);
            String url = page.url();
            String link = url != null && url.length() <= SOURCE_URL_CHARS && url.matches("(?i)https?://\\S+")
                    ? "[" + title + "](" + url + ")" : title;
            if (links.length() + link.length() + 1 > DiscordLimits.FIELD_VALUE) {
                break;
            }
            links.append(links.isEmpty() ? "" : "\n").append(link);
        }
        if (!links.isEmpty() && embed.getFields().size() < DiscordLimits.EMBED_FIELDS) {
            embed.addField(ReplyTexts.relatedPagesHeading(answer), links.toString(), false);
        }
    }

    /** {@code **[2]** [Title › Section](url)}: a line is kept whole or not at all. */
    static String sourceLine(Citation citation) {
        String label = citation.title() == null || citation.title().isBlank() ? "Untitled" : citation.title();
        if (citation.section() != null && !citation.section().isBlank()) {
            label = label + " \u203A " + citation.section();
        }
        label = TextFit.fit(Mentions.neutralise(oneLine(label)).replace("[", "(").replace("]", ")"), SOURCE_TITLE_CHARS);
        String number = "**[" + citation.number() + "]** ";
        String url = citation.url();
        if (url == null || url.isBlank() || url.length() > SOURCE_URL_CHARS || !url.matches("(?i)https?://\\S+")) {
            return number + label;
        }
        return number + "[" + label + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
