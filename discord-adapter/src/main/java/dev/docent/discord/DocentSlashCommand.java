package dev.docent.discord;

import dev.docent.discord.admin.AdminCommands;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The {@code /docent} command Docent registers: ask, reindex, status. */
final class DocentSlashCommand {

    static final String NAME = "docent";
    static final String ASK = "ask";
    static final String QUESTION_OPTION = "question";
    static final String REINDEX = "reindex";
    static final String STATUS = "status";

    private DocentSlashCommand() {
    }

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Answers from the documentation, with sources")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData(ASK, "Ask a question: Docent answers from the documentation, with sources")
                                .addOption(OptionType.STRING, QUESTION_OPTION, "What do you want to know?", true),
                        new SubcommandData(REINDEX, "Admins: reindex this channel's knowledge bases, or one of them")
                                .addOption(OptionType.STRING, AdminCommands.KNOWLEDGE_BASE_OPTION,
                                        "The knowledge base to reindex (default: all of this channel's)", false),
                        new SubcommandData(STATUS, "Admins: this channel's knowledge bases and their last reindex"));
    }
}
