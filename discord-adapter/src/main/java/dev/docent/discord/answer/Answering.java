package dev.docent.discord.answer;

import dev.docent.core.desk.DeskReply;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.discord.escalation.CaseRenderer;
import dev.docent.discord.escalation.DiscordCaseBoard;
import dev.docent.discord.render.QuietMessages;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates a Discord question for the support desk and shows its reply: guild channels are
 * public unless docent.yml says otherwise, so community guilds never see internal knowledge bases.
 */
public final class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);
    private static final String PLATFORM = "discord";

    private final SupportDesk desk;
    private final AnswerRenderer renderer;
    private final CaseRenderer cases;

    public Answering(SupportDesk desk, AnswerRenderer renderer, CaseRenderer cases) {
        this.desk = desk;
        this.renderer = renderer;
        this.cases = cases;
    }

    public void answer(JDA jda, Asked asked, DiscordReply reply) {
        Question question = new Question(asked.text(), asked.user(), desk.place(asked.guild(), asked.channel(), Visibility.PUBLIC),
                asked.threadHistory());
        DeskReply answer = desk.ask(PLATFORM, question, new DiscordCaseBoard(jda, cases, reply::link));
        try {
            switch (answer) {
                case DeskReply.Answered answered -> reply.send(renderer.render(answered.answered().question(),
                        answered.answer(), answered.answered().id(), answered.handover()));
                case DeskReply.Declined declined -> reply.send(QuietMessages.text(declined.notice()));
                case DeskReply.Failed failed -> reply.send(QuietMessages.text(failed.notice()));
            }
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("guild", asked.guild()).addKeyValue("source", asked.source())
                    .addKeyValue("error", e.getClass().getName()).log("could not show the reply");
        }
    }
}
