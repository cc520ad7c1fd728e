package dev.docent.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /docent} and the "Save as answer" message command on start: in every guild (changes show at once) or globally. Each
 * scope also clears the other's registration, so that switching scopes never shows the command
 * twice.
 */
final class CommandRegistration extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

    private final CommandScope scope;

    CommandRegistration(CommandScope scope) {
        this.scope = scope;
    }

    @Override
    public void onReady(ReadyEvent event) {
        var update = event.getJDA().updateCommands();
        if (scope == CommandScope.GLOBAL) {
            update.addCommands(DocentSlashCommand.definition(), SaveAsAnswerListener.definition());
        }
        update.queue(ok -> log.atInfo().addKeyValue("scope", scope).log("global commands registered"),
                e -> log.atWarn().log("could not register global commands: {}", e.toString()));
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        register(event.getGuild());
    }

    private void register(Guild guild) {
        var update = guild.updateCommands();
        if (scope == CommandScope.GUILD) {
            update.addCommands(DocentSlashCommand.definition(), SaveAsAnswerListener.definition());
        }
        update.queue(ok -> log.atInfo().addKeyValue("guild", guild.getId()).addKeyValue("scope", scope)
                        .log("guild commands registered"),
                e -> log.atWarn().addKeyValue("guild", guild.getId()).log("could not register commands: {}", e.toString()));
    }
}
