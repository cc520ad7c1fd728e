package dev.docent.discord;

import dev.docent.core.desk.Notices;
import dev.docent.discord.answer.AnswerButton;
import dev.docent.discord.answer.ButtonClicks;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Helpful / Not helpful / Talk to a human under an answer; the clicker is answered privately. */
final class ButtonListener extends ListenerAdapter {

    private final ButtonClicks clicks;
    private final PrivateReply replies;

    ButtonListener(ButtonClicks clicks, PrivateReply replies) {
        this.clicks = clicks;
        this.replies = replies;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<AnswerButton.Click> click = AnswerButton.parse(event.getComponentId());
        if (click.isEmpty() || event.getGuild() == null) {
            return;
        }
        JDA jda = event.getJDA();
        String guild = event.getGuild().getId();
        String user = event.getUser().getId();
        Message answer = event.getMessage();
        replies.answer(event, "button click", () -> clicks.click(jda, click.get(), guild, user, answer::getJumpUrl),
                Notices.CLICK_FAILED);
    }
}
