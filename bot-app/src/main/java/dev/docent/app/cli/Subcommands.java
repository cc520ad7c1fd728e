package dev.docent.app.cli;

import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * Commands another jar adds under {@code docent}, found with {@link ServiceLoader}: the lab's
 * {@code bench}, {@code eval} and {@code intents} join the command line when the lab's jar is on
 * the classpath (as {@code ./docent} puts it there), while the product's runtime neither ships nor
 * depends on them. A provider is named in its jar's
 * {@code META-INF/services/dev.docent.app.cli.Subcommands}.
 *
 * <p>A command reaches the runtime, the settings and the console through a
 * {@code @ParentCommand DocentCommand} field, as the built-in ones do.
 */
public interface Subcommands {

    /** picocli command classes (annotated with {@code @Command}), listed in {@code docent --help} in this order. */
    List<Class<?>> commands();

    /** Adds every provider's commands on the classpath to {@code docent}. */
    static CommandLine addAll(CommandLine docent) {
        for (Subcommands provider : ServiceLoader.load(Subcommands.class)) {
            provider.commands().forEach(docent::addSubcommand);
        }
        return docent;
    }
}
