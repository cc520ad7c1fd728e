package dev.docent.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docent bench}: benchmarks that print figures (measured, never asserted by tests). */
@Command(name = "bench", description = "Benchmarks that print figures.",
        subcommands = {BenchIndexCommand.class, BenchEmbeddingCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    DocentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'docent bench index --corpus <corpus.jsonl>'.");
    }
}
