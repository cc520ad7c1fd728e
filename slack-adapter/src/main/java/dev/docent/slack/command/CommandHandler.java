package dev.docent.slack.command;

import dev.docent.slack.admin.AdminCommands;
import dev.docent.slack.question.QuestionHandler;
import dev.docent.slack.render.HelpRenderer;
import dev.docent.core.desk.Notices;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackMessage;
import dev.docent.slack.web.Failures;
import dev.docent.slack.web.SlackDeliveries;
import dev.docent.slack.web.SlackWorkspaces;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /docent}: ask, help, and the admin commands. Runs after the command was acknowledged;
 * whatever fails, the invoker is told in a message only they see.
 */
public final class CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandHandler.class);

    private final QuestionHandler questions;
    private final AdminCommands admin;
    private final HelpRenderer help;
    private final SlackWorkspaces workspaces;
    private final SlackDeliveries deliveries;
    private final Executor reindexes;

    /**
     * @param reindexes where reindexes run: they take minutes, and must not hold up answers
     */
    public CommandHandler(QuestionHandler questions, AdminCommands admin, HelpRenderer help, SlackWorkspaces workspaces,
                          SlackDeliveries deliveries, Executor reindexes) {
        this.questions = questions;
        this.admin = admin;
        this.help = help;
        this.workspaces = workspaces;
        this.deliveries = deliveries;
        this.reindexes = reindexes;
    }

    public void handle(SlashCommand command) {
        Subcommand subcommand = Subcommand.parse(command.text());
        switch (subcommand) {
            case Subcommand.Reindex reindex -> reindexes.execute(() -> guarded(command,
                    () -> admin.reindex(command, reindex.knowledgeBase())));
            default -> guarded(command, () -> run(command, subcommand));
        }
    }

    private void run(SlashCommand command, Subcommand subcommand) {
        switch (subcommand) {
            case Subcommand.Ask ask -> questions.ask(command, ask.question());
            case Subcommand.Help h -> respond(command, help.help(command.command()));
            case Subcommand.Status s -> admin.status(command);
            case Subcommand.Unknown unknown -> respond(command, help.unknownSubcommand(command.command(), unknown.word()));
            case Subcommand.Reindex reindex -> admin.reindex(command, reindex.knowledgeBase());
        }
    }

    private void guarded(SlashCommand command, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.atError().addKeyValue("error", Failures.describe(e)).log("a /docent command failed");
            log.debug("command failure", e);
            try {
                respond(command, SlackMessage.plain(Replies.notice(Notices.FAILED)));
            } catch (RuntimeException unreachable) {
                log.atError().addKeyValue("error", Failures.describe(unreachable)).log("could not tell the user either");
            }
        }
    }

    private void respond(SlashCommand command, SlackMessage message) {
        deliveries.inOrder(command.channel(), () -> {
            workspaces.web(command.team()).respondEphemerally(command.responseUrl(), message);
            return command;
        });
    }
}
