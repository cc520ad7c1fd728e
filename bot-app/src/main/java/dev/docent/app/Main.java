package dev.docent.app;

import dev.docent.app.cli.Console;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ErrorReporter;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.Settings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** The {@code docent} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
        System.exit(run(args, System.getenv(), properties, Console.system(), ElasticsearchStarter.standard()));
    }

    public static int run(String[] args, Map<String, String> env, Map<String, String> systemProperties,
                          Console console, ElasticsearchStarter starter) {
        Settings settings;
        try {
            settings = Settings.from(env, systemProperties);
        } catch (IllegalArgumentException e) {
            console.err().println("docent: " + e.getMessage());
            return dev.docent.app.cli.ExitCode.BAD_INPUT;
        }
        try (DocentCommand docent = new DocentCommand(settings, env, starter, console)) {
            CommandLine commandLine = new CommandLine(docent)
                    .setOut(new java.io.PrintWriter(console.out(), true))
                    .setErr(new java.io.PrintWriter(console.err(), true))
                    .setExecutionExceptionHandler(new ErrorReporter(console.err()));
            return commandLine.execute(args);
        }
    }
}
