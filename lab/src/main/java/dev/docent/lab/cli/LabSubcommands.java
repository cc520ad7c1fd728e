package dev.docent.lab.cli;

import dev.docent.app.cli.Subcommands;
import java.util.List;

/** The lab's commands under {@code docent}: named in META-INF/services, found by bot-app's ServiceLoader. */
public final class LabSubcommands implements Subcommands {

    @Override
    public List<Class<?>> commands() {
        return List.of(EvalCommand.class, BenchCommand.class, IntentsCommand.class);
    }
}
