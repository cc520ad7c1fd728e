package dev.docent.app.cli;

import dev.docent.app.config.ConfigLoader;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code docent} command: its subcommands, and the runtime they share, started on first need. */
@Command(name = "docent",
        mixinStandardHelpOptions = true,
        versionProvider = DocentVersion.class,
        description = "Answers questions from your documentation, with citations.",
        subcommands = {ChatCommand.class, AskCommand.class, IndexCommand.class, EvalCommand.class, BenchCommand.class},
        footer = {"", "Without ES_URL, Docent starts its own Elasticsearch node with data under DOCENT_HOME (~/.docent)."})
public final class DocentCommand implements Runnable, AutoCloseable {

    private final Settings settings;
    private final ElasticsearchStarter starter;
    private final Console console;
    private DocentRuntime runtime;
    private DocentConfig config;

    @Spec
    CommandSpec spec;

    public DocentCommand(Settings settings, ElasticsearchStarter starter, Console console) {
        this.settings = settings;
        this.starter = starter;
        this.console = console;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'docent chat' or 'docent ask \"<question>\"'.");
    }

    Settings settings() {
        return settings;
    }

    Console console() {
        return console;
    }

    synchronized DocentConfig config() {
        if (config == null) {
            config = settings.configFile().map(ConfigLoader::load).orElseGet(DocentConfig::empty);
        }
        return config;
    }

    synchronized DocentRuntime runtime() {
        if (runtime == null) {
            // a broken docent.yml fails before Elasticsearch starts, not after
            runtime = DocentRuntime.start(settings, starter, config());
        }
        return runtime;
    }

    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
