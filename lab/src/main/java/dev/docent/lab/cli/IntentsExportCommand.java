package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.cli.UserFiles;
import dev.docent.core.error.UserInputException;
import dev.docent.lab.intents.BundledIntentData;
import dev.docent.lab.intents.ChatFineTuneFiles;
import dev.docent.lab.intents.training.LabelledText;
import dev.docent.lab.intents.training.LabelledTextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent intents export}: the labelled rows in the chat fine-tuning format of hosted
 * providers, so that a fine-tuned model can later classify through {@code intents.hosted}.
 */
@Command(name = "export", description = "Write labelled rows as chat fine-tuning files (train and validation).")
final class IntentsExportCommand implements Callable<Integer> {

    @ParentCommand
    private IntentsCommand intents;

    @Option(names = "--format", required = true, paramLabel = "<format>",
            description = "Only 'openai-chat-jsonl' (one {\"messages\": [system, user, assistant]} object a line).")
    private String format;

    @Option(names = "--train", paramLabel = "<file>", description = "Default: the bundled support-intents train split.")
    private Path train;

    @Option(names = "--val", paramLabel = "<file>", description = "Default: the bundled support-intents validation split.")
    private Path validation;

    @Option(names = "--out-dir", paramLabel = "<dir>", defaultValue = ".",
            description = "Where intents-train.jsonl and intents-validation.jsonl go. Default: the current directory.")
    private Path outDir;

    @Option(names = "--text-column", paramLabel = "<name>", defaultValue = "text", description = "Default: ${DEFAULT-VALUE}.")
    private String textColumn;

    @Option(names = "--label-column", paramLabel = "<name>", description = "Default: 'label', else 'category'.")
    private String labelColumn;

    @Override
    public Integer call() {
        if (!format.equals(ChatFineTuneFiles.OPENAI_CHAT_JSONL)) {
            throw new UserInputException("Unknown export format '" + format + "'; known: "
                    + ChatFineTuneFiles.OPENAI_CHAT_JSONL);
        }
        LabelledTextReader reader = LabelledTextReader.columns(textColumn, labelColumn);
        List<LabelledText> trainRows = train == null ? BundledIntentData.train() : reader.read(train);
        List<LabelledText> validationRows = validation == null
                ? (train == null ? BundledIntentData.validation() : List.of()) : reader.read(validation);
        List<String> labels = List.copyOf(new TreeSet<>(trainRows.stream().map(LabelledText::label).toList()));
        Path trainFile = outDir.resolve("intents-train.jsonl");
        UserFiles.writing(trainFile, () -> Files.writeString(Files.createDirectories(outDir).resolve(trainFile.getFileName()),
                ChatFineTuneFiles.jsonLines(labels, trainRows)));
        root().console().err().printf("Wrote %s (%d examples, %d intents).%n", trainFile, trainRows.size(), labels.size());
        if (!validationRows.isEmpty()) {
            Path validationFile = outDir.resolve("intents-validation.jsonl");
            UserFiles.writing(validationFile, () -> Files.writeString(validationFile, ChatFineTuneFiles.jsonLines(labels, validationRows)));
            root().console().err().printf("Wrote %s (%d examples).%n", validationFile, validationRows.size());
        }
        return ExitCode.OK;
    }

    private DocentCommand root() {
        return intents.root;
    }
}
