package dev.docent.discord.answer;

import dev.docent.core.chat.ChatServices;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.feedback.Vote;
import dev.docent.discord.escalation.Escalator;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * What a click on an answer's buttons does: a vote (one per reader and answer, the first stands),
 * or a person brought in (one case per answer). Returns what the clicker is told, privately.
 */
public final class ButtonClicks {

    static final String UNKNOWN_ANSWER = "I no longer have that answer on record, so this button does nothing. "
            + "Ask again and use the buttons under the new answer.";
    static final String REASON_ASKED = "The asker asked to talk to a person.";
    static final String REASON_SOMEONE_ASKED = "A reader asked for a person to look at this answer.";

    private final ChatServices services;
    private final Escalator escalator;

    public ButtonClicks(ChatServices services, Escalator escalator) {
        this.services = services;
        this.escalator = escalator;
    }

    /**
     * @param guild where the click happened: an answer is only ever acted on in its own guild
     * @param link  the answer's message link, for the moderators
     */
    public String click(JDA jda, AnswerButton.Click click, String guild, String user, Supplier<String> link) {
        Optional<AnsweredQuestion> found = services.answers().find(click.answerId())
                .filter(answered -> answered.tenant().equals(guild));
        if (found.isEmpty()) {
            return UNKNOWN_ANSWER;
        }
        AnsweredQuestion answered = found.get();
        return switch (click.button()) {
            case HELPFUL -> vote(answered, user, Vote.HELPFUL, "Thanks: noted that this answer helped.");
            case NOT_HELPFUL -> vote(answered, user, Vote.NOT_HELPFUL,
                    "Thanks: noted that this answer did not help. If you need a person, use \"Talk to a human\".");
            case HUMAN -> escalator.escalate(jda, answered, user,
                    user.equals(answered.user()) ? REASON_ASKED : REASON_SOMEONE_ASKED, link).notice();
        };
    }

    private String vote(AnsweredQuestion answered, String user, Vote vote, String thanks) {
        boolean first = services.feedback().record(answered, user, vote);
        services.metrics().counter("docent.discord.votes", "vote", vote.name().toLowerCase(java.util.Locale.ROOT),
                "first", Boolean.toString(first)).increment();
        return first ? thanks : "You already rated this answer; your first rating stands.";
    }
}
