package dev.docent.app.cli;

import dev.docent.app.config.ConfigLoader;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.Settings;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code docent} command: its subcommands, and the runtime they share, started on first need. */
@Command(name = "docent",
        mixinStandardHelpOptions = true,
        versionProvider = DocentVersion.class,
        description = "Answers questions from your documentation, with citations.",
        subcommands = {ChatCommand.class, AskCommand.class, IndexCommand.class, KbCommand.class, ServeCommand.class,
                GapsCommand.class, TeamAnswersCommand.class, ClusterCommand.class},
        footer = {"", "Without ES_URL, Docent starts its own Elasticsearch node with data under DOCENT_HOME (~/.docent)."})
public final class DocentCommand implements Runnable, AutoCloseable {

    private final Settings settings;
    private final Map<String, String> environment;
    private final ElasticsearchStarter starter;
    private final Console console;
    private DocentRuntime runtime;
    private DocentConfig config;

    @Spec
    CommandSpec spec;

    public DocentCommand(Settings settings, Map<String, String> environment, ElasticsearchStarter starter, Console console) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.starter = starter;
        this.console = console;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'docent chat' or 'docent ask \"<question>\"'.");
    }

    public Settings settings() {
        return settings;
    }

    /** The environment, for the chat platforms' own settings (SLACK_*, ...). */
    public Map<String, String> environment() {
        return environment;
    }

    public Console console() {
        return console;
    }

    /** docent.yml, read and checked once; notes about old keys still in it are printed to stderr once. */
    public synchronized DocentConfig config() {
        if (config == null) {
            ConfigLoader.Loaded loaded = settings.configFile().map(ConfigLoader::read)
                    .orElseGet(() -> new ConfigLoader.Loaded(DocentConfig.empty(), List.of()));
            loaded.deprecations().forEach(note -> console.err().println("docent: warning: " + note));
            config = loaded.config();
        }
        return config;
    }

    /** Docent's parts, started on first call (Elasticsearch included) and stopped when the command ends. */
    public synchronized DocentRuntime runtime() {
        if (runtime == null) {
            // a broken docent.yml fails before Elasticsearch starts, not after
            runtime = DocentRuntime.start(settings, starter, config(), environment);
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
