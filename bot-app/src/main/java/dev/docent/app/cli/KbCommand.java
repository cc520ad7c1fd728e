package dev.docent.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docent kb}: the knowledge bases, what they hold, how their last indexing went. */
@Command(name = "kb", description = "List knowledge bases and show their status.",
        subcommands = {KbListCommand.class, KbStatusCommand.class})
final class KbCommand implements Runnable {

    @ParentCommand
    DocentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'docent kb list' or 'docent kb status <name>'.");
    }
}
