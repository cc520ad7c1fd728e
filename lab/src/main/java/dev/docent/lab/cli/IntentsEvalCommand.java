package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import dev.docent.lab.intents.IntentData;
import dev.docent.lab.intents.IntentEvaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent intents eval}: a model's figures on a labelled file. */
@Command(name = "eval", description = "Evaluate an intent model on labelled messages.")
final class IntentsEvalCommand implements Callable<Integer> {

    @ParentCommand
    private IntentsCommand intents;

    @Mixin
    private IntentDataOptions data;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "A model written by 'intents train'.")
    private Path modelFile;

    @Option(names = "--test", required = true, paramLabel = "<file>", description = "Labelled rows to evaluate on.")
    private Path test;

    @Option(names = "--json", description = "Print one JSON object with the figures.")
    private boolean json;

    @Override
    public Integer call() {
        DocentCommand root = intents.root;
        IntentData reader = data.open(root);
        // Read first: a model for another encoder should fail before minutes of embedding.
        IntentModel model = IntentModelFile.read(modelFile, reader.encoder());
        IntentEvaluation.print(root.console().out(), model, reader.load(test), test.getFileName().toString(), null, json);
        return ExitCode.OK;
    }
}
