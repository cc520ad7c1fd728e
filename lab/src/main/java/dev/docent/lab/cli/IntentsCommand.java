package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docent intents}: train, evaluate and export the intent classifier. */
@Command(name = "intents", description = "Train, evaluate and export the intent classifier.",
        subcommands = {IntentsTrainCommand.class, IntentsEvalCommand.class, IntentsExportCommand.class})
final class IntentsCommand implements Runnable {

    @ParentCommand
    DocentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: train, eval or export.");
    }
}
