package dev.docent.app;

import dev.docent.app.cli.Console;
import dev.docent.app.cli.DocentCommand;
import dev.docent.app.cli.ErrorReporter;
import dev.docent.app.cli.Subcommands;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.Settings;
import dev.docent.core.embedding.OnnxRuntimeLibraries;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** The {@code docent} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
        // Only the process's own entry point: tests run many homes in one JVM, and ONNX Runtime loads once.
        OnnxRuntimeLibraries.keepIn(Settings.home(System.getenv(), properties).resolve("native"));
        System.exit(run(args, System.getenv(), properties, Console.system(), ElasticsearchStarter.standard()));
    }

    public static int run(String[] args, Map<String, String> env, Map<String, String> systemProperties,
                          Console console, ElasticsearchStarter starter) {
        Settings settings;
        try {
            settings = Settings.from(env, systemProperties);
        } catch (RuntimeException e) {
            return new ErrorReporter(console.err(), Optional.empty()).report(e, "docent");
        }
        ErrorReporter reporter = new ErrorReporter(console.err(), Optional.of(ErrorReporter.errorLogIn(settings.home())));
        DocentCommand docent = new DocentCommand(settings, env, starter, console);
        int code;
        try {
            CommandLine commandLine = Subcommands.addAll(new CommandLine(docent))
                    .setOut(new PrintWriter(console.out(), true))
                    .setErr(new PrintWriter(console.err(), true))
                    .setExecutionExceptionHandler(reporter);
            code = commandLine.execute(args);
        } catch (RuntimeException e) {
            // picocli hands failures of the commands to the reporter; this is for failures of its own
            code = reporter.report(e, "docent");
        }
        try {
            docent.close();
        } catch (RuntimeException e) {
            // the command's outcome stands; a node that would not stop is worth a line, not a new exit code
            reporter.report(e, "docent (stopping)");
        }
        return code;
    }
}
