package dev.docent.app.cli;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code docent kb list}: every knowledge base Elasticsearch has or docent.yml declares, with its size and last run. */
@Command(name = "list", description = "List the knowledge bases: indexed ones and the ones docent.yml declares.")
final class KbListCommand implements Callable<Integer> {

    @ParentCommand
    private KbCommand kb;

    @Override
    public Integer call() {
        DocentConfig config = kb.root.config();
        DocentRuntime runtime = kb.root.runtime();
        List<KnowledgeBaseStatus> statuses = runtime.knowledgeBaseStatuses();
        PrintStream out = kb.root.console().out();
        if (statuses.isEmpty()) {
            out.println("No knowledge bases yet: 'docent index <path|git-url|site-url> --kb <name>' creates one.");
            return ExitCode.OK;
        }
        out.printf("%-24s %9s %9s  %-34s %-10s %s%n", "NAME", "DOCUMENTS", "CHUNKS", "LAST RUN", "AUDIENCE", "DESCRIPTION");
        for (KnowledgeBaseStatus status : statuses) {
            KnowledgeBaseConfig declared = config.knowledgeBases().get(status.name());
            out.printf("%-24s %9s %9s  %-34s %-10s %s%n", status.name(),
                    status.indexed() ? status.documents() : "-", status.indexed() ? status.chunks() : "-",
                    StatusText.lastRun(status),
                    declared == null ? "" : declared.audience().name().toLowerCase(java.util.Locale.ROOT),
                    declared == null ? (status.indexed() ? "(not in docent.yml)" : "") : declared.description());
        }
        return ExitCode.OK;
    }
}
