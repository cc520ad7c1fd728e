package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.cli.UserFiles;
import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentModelFile;
import dev.docent.lab.intents.IntentData;
import dev.docent.lab.intents.IntentEvaluation;
import dev.docent.lab.intents.training.EmbeddedSplit;
import dev.docent.lab.intents.training.IntentTrainer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docent intents train}: a model from labelled files, with its figures on the held-out splits. */
@Command(name = "train", description = "Train an intent model on labelled messages (CSV with a header, or JSON lines).")
final class IntentsTrainCommand implements Callable<Integer> {

    @ParentCommand
    private IntentsCommand intents;

    @Mixin
    private IntentDataOptions data;

    @Option(names = "--train", required = true, paramLabel = "<file>", description = "Training rows: text and label.")
    private Path train;

    @Option(names = "--val", paramLabel = "<file>",
            description = "Validation rows (early stopping, calibration, the out-of-scope threshold). "
                    + "Default: a stratified tenth of --train.")
    private Path validation;

    @Option(names = "--test", paramLabel = "<file>", description = "Held-out rows for the figures the model carries.")
    private Path test;

    @Option(names = "--out", required = true, paramLabel = "<model>", description = "Where to write the model (JSON).")
    private Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "<n>", description = "Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--no-lexical", description = "Only the embedding expert, no word and character n-grams.")
    private boolean noLexical;

    @Option(names = "--json", description = "Print one JSON object with the figures.")
    private boolean json;

    @Override
    public Integer call() {
        DocentCommand root = intents.root;
        IntentData reader = data.open(root);
        EmbeddedSplit trainRows = reader.load(train);
        Optional<EmbeddedSplit> validationRows = Optional.ofNullable(validation).map(reader::load);
        Optional<EmbeddedSplit> testRows = Optional.ofNullable(test).map(reader::load);
        IntentTrainer.Settings defaults = IntentTrainer.Settings.defaults();
        IntentTrainer trainer = new IntentTrainer(new IntentTrainer.Settings(seed, !noLexical, defaults.semanticC(),
                defaults.lexicalC(), defaults.prototypesPerIntent(), defaults.validationShare()));
        long start = System.nanoTime();
        IntentTrainer.Trained trained = trainer.train(reader.encoder(), trainRows, validationRows, testRows);
        IntentModel model = trained.model();
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = UserFiles.writing(out, () -> {
            IntentModelFile.write(model, out);
            return java.nio.file.Files.size(out);
        });
        root.console().err().printf("Wrote %s (%d intents, %d KB).%n", out, model.labels().size(), size / 1024);
        IntentEvaluation.print(root.console().out(), model, testRows.orElse(trained.validation()),
                testRows.isPresent() ? "the test split" : validationRows.isPresent() ? "the validation split"
                        : "the held-out tenth of the training rows", seconds, json);
        return ExitCode.OK;
    }
}
