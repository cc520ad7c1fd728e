package dev.docent.app.cli;

import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.FirstRun;
import dev.docent.app.runtime.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The {@code --kb} option of the commands that answer questions. */
final class KnowledgeBaseOptions {

    @Option(names = "--kb", paramLabel = "<name>",
            description = "Answer only from this knowledge base (repeatable). Default: all of them.")
    List<String> names = new ArrayList<>();

    /** The knowledge bases to search: the ones asked for, which must exist, or all there are. */
    Set<String> resolve(DocentRuntime runtime, Settings settings, Console console) {
        Set<String> existing = FirstRun.ensureKnowledgeBases(runtime, settings, console.err(),
                new ConsoleProgress(console.err()));
        return names.isEmpty() ? existing : runtime.catalog().require(names);
    }
}
