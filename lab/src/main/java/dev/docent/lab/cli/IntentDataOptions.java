package dev.docent.lab.cli;

import dev.docent.app.cli.DocentCommand;
import dev.docent.lab.embedding.EmbeddingCache;
import dev.docent.lab.intents.IntentData;
import dev.docent.lab.intents.training.LabelledTextReader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How labelled files are read, and where their embeddings are cached. */
final class IntentDataOptions {

    @Option(names = "--text-column", paramLabel = "<name>", defaultValue = "text",
            description = "The column (CSV) or field (JSON lines) with the message. Default: ${DEFAULT-VALUE}.")
    String textColumn;

    @Option(names = "--label-column", paramLabel = "<name>",
            description = "The column or field with the intent. Default: 'label', else 'category'.")
    String labelColumn;

    @Option(names = "--embedding-cache", paramLabel = "<dir>",
            description = "Keeps the messages' embeddings between runs. Default: DOCENT_HOME/embedding-cache.")
    Path cache;

    @Option(names = "--no-embedding-cache", description = "Embed every message again and keep nothing.")
    boolean noCache;

    IntentData open(DocentCommand root) {
        Optional<Path> directory = noCache ? Optional.empty()
                : Optional.of(cache != null ? cache : EmbeddingCache.defaultDirectory(root.settings().home()));
        return IntentData.open(LabelledTextReader.columns(textColumn, labelColumn), directory, root.console().err());
    }
}
