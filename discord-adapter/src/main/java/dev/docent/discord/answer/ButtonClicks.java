package dev.docent.discord.answer;

import dev.docent.core.desk.Click;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.feedback.Vote;
import dev.docent.discord.escalation.CaseRenderer;
import dev.docent.discord.escalation.DiscordCaseBoard;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/** A click on an answer's buttons, for the desk; returns what the clicker is told, privately. */
public final class ButtonClicks {

    private static final String PLATFORM = "discord";

    private final SupportDesk desk;
    private final CaseRenderer cases;

    public ButtonClicks(SupportDesk desk, CaseRenderer cases) {
        this.desk = desk;
        this.cases = cases;
    }

    /**
     * @param guild where the click happened: an answer is only ever acted on in its own guild
     * @param link  the answer's message link, for the moderators
     */
    public String click(JDA jda, AnswerButton.Click click, String guild, String user, Supplier<String> link) {
        Click forDesk = new Click(PLATFORM, guild, user, click.answerId());
        return switch (click.button()) {
            case HELPFUL -> desk.vote(forDesk, Vote.HELPFUL).notice();
            case NOT_HELPFUL -> desk.vote(forDesk, Vote.NOT_HELPFUL).notice();
            case HUMAN -> desk.requestHuman(forDesk, new DiscordCaseBoard(jda, cases, link)).notice();
        };
    }
}
