package dev.docent.app.cli;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.FirstRun;
import dev.docent.app.runtime.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The {@code --kb} option of the commands that answer questions (a picocli mixin). */
public final class KnowledgeBaseOptions {

    @Option(names = "--kb", paramLabel = "<name>",
            description = "Answer only from this knowledge base (repeatable). "
                    + "Default: docent.yml's defaultKnowledgeBases, else all of them.")
    private List<String> names = new ArrayList<>();

    /** The names given with --kb, in order; empty when none was. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /**
     * The knowledge bases to search, which must exist: the ones asked for, else the configured
     * defaults, else all there are.
     */
    public Set<String> resolve(DocentRuntime runtime, Settings settings, DocentConfig config, Console console) {
        List<String> wanted = names.isEmpty() ? config.defaultKnowledgeBases() : names;
        Set<String> existing = FirstRun.ensureKnowledgeBases(runtime, settings, wanted, console.err(),
                new ConsoleProgress(console.err()));
        return wanted.isEmpty() ? existing : runtime.catalog().require(wanted);
    }
}
