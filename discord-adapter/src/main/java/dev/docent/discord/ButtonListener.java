package dev.docent.discord;

import dev.docent.core.desk.Notices;
import dev.docent.discord.answer.AnswerButton;
import dev.docent.discord.answer.ButtonClicks;
import dev.docent.discord.render.QuietMessages;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Helpful / Not helpful / Talk to a human under an answer; the clicker is answered privately. */
final class ButtonListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

    private final Deliveries deliveries;
    private final ButtonClicks clicks;
    private final Executor workers;

    ButtonListener(Deliveries deliveries, ButtonClicks clicks, Executor workers) {
        this.deliveries = deliveries;
        this.clicks = clicks;
        this.workers = workers;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<AnswerButton.Click> click = AnswerButton.parse(event.getComponentId());
        if (click.isEmpty() || event.getGuild() == null) {
            return;
        }
        event.deferReply(true).queue();
        JDA jda = event.getJDA();
        String guild = event.getGuild().getId();
        String user = event.getUser().getId();
        Message answer = event.getMessage();
        InteractionHook hook = event.getHook();
        String interaction = event.getId();
        workers.execute(() -> {
            String reply;
            try {
                if (!deliveries.first(Deliveries.INTERACTIONS, interaction)) {
                    return;
                }
                reply = clicks.click(jda, click.get(), guild, user, answer::getJumpUrl);
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", guild).addKeyValue("error", e.getClass().getName()).log("button click failed");
                reply = Notices.CLICK_FAILED;
            }
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(reply))).queue();
        });
    }
}
