package dev.docent.discord;

import dev.docent.discord.admin.AdminCommands;
import dev.docent.discord.answer.Answering;
import dev.docent.discord.answer.Asked;
import dev.docent.discord.answer.ThreadHistory;
import dev.docent.discord.render.QuietMessages;
import java.util.Optional;
import dev.docent.core.desk.AnswerLanes;
import dev.docent.core.desk.Notices;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * {@code /docent ask | reindex | status}. Acknowledges within Discord's 3 seconds (a deferred
 * reply) and does the work in the channel's answer lane; the answer then arrives through the hook.
 */
final class SlashCommandListener extends ListenerAdapter {

    private final Deliveries deliveries;
    private final Answering answering;
    private final AdminCommands admin;
    private final AnswerLanes lanes;
    private final int historyLimit;

    SlashCommandListener(Deliveries deliveries, Answering answering, AdminCommands admin, AnswerLanes lanes, int historyLimit) {
        this.lanes = lanes;
        this.deliveries = deliveries;
        this.answering = answering;
        this.admin = admin;
        this.historyLimit = historyLimit;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!DocentSlashCommand.NAME.equals(event.getName())) {
            return;
        }
        if (event.getGuild() == null) {
            event.reply(QuietMessages.text("Docent answers in the servers it has been added to.")).setEphemeral(true).queue();
            return;
        }
        // Discord wants an acknowledgement within 3 s: the de-duplication record (an Elasticsearch
        // write) is made after it, on a worker.
        BooleanSupplier firstDelivery = () -> deliveries.first(Deliveries.INTERACTIONS, event.getId());
        String channel = Channels.settingsChannel(event.getChannel());
        switch (String.valueOf(event.getSubcommandName())) {
            case DocentSlashCommand.ASK -> ask(event, channel, firstDelivery);
            case DocentSlashCommand.REINDEX -> admin.reindex(event, channel, firstDelivery);
            case DocentSlashCommand.STATUS -> admin.status(event, channel, firstDelivery);
            default -> event.reply(QuietMessages.text("Try /docent ask, /docent reindex or /docent status."))
                    .setEphemeral(true).queue();
        }
    }

    private void ask(SlashCommandInteractionEvent event, String channel, BooleanSupplier firstDelivery) {
        event.deferReply().queue();
        String text = event.getOption(DocentSlashCommand.QUESTION_OPTION, "", OptionMapping::getAsString);
        String guild = event.getGuild().getId();
        String user = event.getUser().getId();
        MessageChannel where = event.getMessageChannel();
        InteractionHook hook = event.getHook();
        JDA jda = event.getJDA();
        boolean taken = lanes.offer(DiscordPlatform.PLATFORM, guild, channel, () -> {
            if (firstDelivery.getAsBoolean()) {
                answering.answer(jda, new Asked(text, guild, channel, user,
                        ThreadHistory.before(where, Optional.empty(), jda.getSelfUser().getId(), historyLimit), "slash"),
                        new SlashReply(hook));
            }
        });
        if (!taken) {
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(Notices.BUSY))).queue();
        }
    }
}
