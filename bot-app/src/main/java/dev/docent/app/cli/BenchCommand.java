package dev.docent.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docent bench ...}: benchmarks that print figures, never assert them. */
@Command(name = "bench", description = "Benchmarks: retrieval quality and speed on a public test set.",
        subcommands = {BenchRetrievalCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    DocentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: try 'docent bench retrieval --beir <dir>'.");
    }
}
