package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code docent bench}: benchmarks that print figures (measured, never asserted by tests). */
@Command(name = "bench", description = "Benchmarks that print figures: indexing, embedding, retrieval, serving, pages built to stall a reader.",
        subcommands = {BenchIndexCommand.class, BenchEmbeddingCommand.class, BenchRetrievalCommand.class, BenchHostilePagesCommand.class,
                dev.docent.lab.bench.serve.BenchServeCommand.class,
                dev.docent.lab.bench.admin.BenchAdminCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    DocentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing benchmark: try 'docent bench index --corpus <corpus.jsonl>' or 'docent bench retrieval --beir <dir>'.");
    }
}
