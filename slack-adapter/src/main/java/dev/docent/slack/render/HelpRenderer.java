package dev.docent.slack.render;

/** {@code /docent help}: what Docent does and the commands, admin commands included for admins. */
public final class HelpRenderer {

    public SlackMessage help(String command) {
        String c = SlackText.safe(command);
        return SlackMessage.plain("""
                *Docent answers from the documentation, with numbered sources.*
                • Mention me in a channel: I answer in the thread, and follow-ups in that thread keep the context.
                • Send me a direct message: I answer there.
                • `%1$s ask <question>`: ask from anywhere I'm a member.
                • `%1$s help`: this help.
                Each answer has *Helpful* / *Not helpful* buttons, and *Talk to a human* to bring in the support team.
                _Admins:_ `%1$s reindex [knowledge-base]` refreshes the index from the docs; `%1$s status` shows the \
                knowledge bases.""".formatted(c));
    }

    public SlackMessage unknownSubcommand(String command, String word) {
        return SlackMessage.plain("I don't know `" + SlackText.safe(SlackText.shorten(word, 40)) + "`. To ask a question, use `"
                + SlackText.safe(command) + " ask <question>`; `" + SlackText.safe(command) + " help` lists what I can do.");
    }
}
