package dev.docent.discord.answer;

import dev.docent.core.answer.Answer;
import dev.docent.core.chat.ChatServices;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.discord.escalation.EscalationOutcome;
import dev.docent.discord.escalation.Escalator;
import dev.docent.discord.render.QuietMessages;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a Discord question becomes an answer in Discord: the place it was asked (guild channels
 * are public unless docent.yml says otherwise, so community guilds never see internal knowledge
 * bases), the answer pipeline, the answer log (for the buttons), and a person brought in when the
 * escalation policy says so or the documentation has no answer.
 */
public final class Answering {

    static final String FAILED = "Something went wrong on my side and I could not answer. Please try again in a moment.";

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private final ChatServices services;
    private final Function<Question, Answer> docent;
    private final Escalator escalator;
    private final AnswerRenderer renderer;

    public Answering(ChatServices services, Function<Question, Answer> docent, Escalator escalator, AnswerRenderer renderer) {
        this.services = services;
        this.docent = docent;
        this.escalator = escalator;
        this.renderer = renderer;
    }

    public void answer(JDA jda, Asked asked, DiscordReply reply) {
        long start = System.nanoTime();
        try {
            Place place = services.tenants().place(asked.guild(), asked.channel(), Visibility.PUBLIC);
            Question question = new Question(asked.text(), asked.user(), place, asked.threadHistory());
            Answer answer;
            try {
                answer = docent.apply(question);
            } catch (InvalidQuestionException e) {
                reply.send(QuietMessages.text(e.getMessage()));
                return;
            }
            AnsweredQuestion answered = services.answers().record(question, answer);
            Optional<EscalationOutcome> escalation = needsPerson(answer)
                    ? Optional.of(escalator.escalate(jda, answered, EscalationCase.BY_POLICY,
                            answer.decision().reason().orElse(EscalationPolicy.NOT_FOUND_REASON), reply::link))
                    : Optional.empty();
            reply.send(renderer.render(answered.question(), answer, answered.id(), escalation));
            services.metrics().counter("docent.discord.answers", "source", asked.source(),
                    "action", answered.action()).increment();
            // Users' words are not log material: sizes, outcomes and timings only.
            log.atInfo().addKeyValue("guild", asked.guild()).addKeyValue("source", asked.source())
                    .addKeyValue("questionChars", asked.text().length()).addKeyValue("history", asked.threadHistory().size())
                    .addKeyValue("citations", answer.citations().size()).addKeyValue("action", answered.action())
                    .addKeyValue("escalation", escalation.map(Enum::name).orElse(null))
                    .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000)
                    .log("answered");
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("guild", asked.guild()).addKeyValue("source", asked.source())
                    .setCause(log.isDebugEnabled() ? e : null)
                    .log("could not answer: {}", e.toString());
            sendQuietly(reply, FAILED);
        }
    }

    /** A person steps in when the policy escalates, or when the documentation has no answer. */
    static boolean needsPerson(Answer answer) {
        return answer.decision().escalates() || !answer.grounded();
    }

    private static void sendQuietly(DiscordReply reply, String text) {
        try {
            reply.send(QuietMessages.text(text));
        } catch (RuntimeException e) {
            log.atWarn().log("could not tell the asker either: {}", e.toString());
        }
    }
}
