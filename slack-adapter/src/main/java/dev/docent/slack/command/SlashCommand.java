package dev.docent.slack.command;

/**
 * One invocation of the slash command: who typed what where, and the response_url that reaches
 * them alone.
 *
 * @param command  the command as typed ("/docent"), for help texts
 * @param userName the invoker's Slack handle, to show who asked (never as a mention)
 */
public record SlashCommand(String team, String channel, String user, String userName, String command, String text,
                           String responseUrl) {

    public SlashCommand {
        text = text == null ? "" : text.strip();
        userName = userName == null || userName.isBlank() ? user : userName;
    }
}
