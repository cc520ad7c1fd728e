package dev.docent.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.config.SourceConfig;
import dev.docent.app.indexing.KnowledgeBaseStatusJson;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexRun;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docent kb status <name>}: documents, chunks, sources, and the last indexing run with its outcome. */
@Command(name = "status", description = "Show a knowledge base's documents, chunks, sources and last indexing run.")
final class KbStatusCommand implements Callable<Integer> {

    private static final int FAILURES_SHOWN = 10;

    @ParentCommand
    private KbCommand kb;

    @Parameters(index = "0", paramLabel = "<name>", description = "The knowledge base.")
    private String name;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        KnowledgeBaseName.require(name);
        KnowledgeBaseConfig declared = kb.root.config().knowledgeBases().get(name);
        DocentRuntime runtime = kb.root.runtime();
        KnowledgeBaseStatus status = runtime.statuses().status(name);
        if (!status.indexed() && declared == null && status.lastRun().isEmpty()) {
            throw new UnknownKnowledgeBaseException(List.of(name), runtime.knowledgeBaseNames());
        }
        PrintStream out = kb.root.console().out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(KnowledgeBaseStatusJson.of(status,
                    declared == null ? List.of() : declared.sources().stream().map(KbStatusCommand::describe).toList())));
        } else {
            print(out, status, declared);
        }
        return ExitCode.OK;
    }

    private static void print(PrintStream out, KnowledgeBaseStatus status, KnowledgeBaseConfig declared) {
        out.printf("Knowledge base  %s%s%n", status.name(), declared == null ? ""
                : " (" + declared.audience().name().toLowerCase(java.util.Locale.ROOT) + ")"
                        + (declared.description().isEmpty() ? "" : " - " + declared.description()));
        out.printf("Documents       %s%n", status.indexed() ? status.documents() : "- (never indexed)");
        out.printf("Chunks          %s%n", status.indexed() ? status.chunks() : "-");
        if (status.outdated()) {
            out.printf("Index           %s (docent index --kb %s)%n", KnowledgeBaseStatus.OUTDATED_NOTE, status.name());
        }
        if (declared != null) {
            for (SourceConfig source : declared.sources()) {
                out.printf("Source          %s%n", describe(source));
            }
        }
        status.reindexing().ifPresent(now -> out.printf("Reindexing now  by %s since %s%n", now.holder(),
                StatusText.time(now.since())));
        if (status.lastRun().isEmpty()) {
            out.println("Last run        none recorded");
            return;
        }
        ReindexRun run = status.lastRun().get();
        out.printf("Last run        %s %s from %s, started %s%s%n", run.outcome().label(), run.mode().label(), run.source(),
                StatusText.time(run.startedAt()), run.finished() ? ", took " + StatusText.took(run) : "");
        if (run.outcome() == ReindexRun.Outcome.FAILED) {
            out.printf("                %s (nothing served was changed)%n", run.reason().orElse(null));
        } else if (run.finished()) {
            out.printf("                %d added, %d changed, %d removed, %d unchanged, %d failed; %d chunks written%n",
                    run.added(), run.changed(), run.removed(), run.unchanged(), run.failed(), run.chunksWritten());
        }
        run.failures().stream().limit(FAILURES_SHOWN)
                .forEach(f -> out.printf("  failed %s: %s%n", f.document(), f.reason()));
        if (run.failed() > FAILURES_SHOWN) {
            out.printf("  ... and %d more%n", run.failed() - FAILURES_SHOWN);
        }
    }

    private static String describe(SourceConfig source) {
        if (source.directory() != null) {
            return "directory " + source.directory() + (source.urlTemplate() == null ? "" : " -> " + source.urlTemplate());
        }
        if (source.git() != null) {
            return "git " + source.git() + (source.branch() == null ? "" : " (" + source.branch() + ")")
                    + (source.path() == null ? "" : " " + source.path() + "/")
                    + (source.urlTemplate() == null ? "" : " -> " + source.urlTemplate());
        }
        return "website " + source.url();
    }
}
