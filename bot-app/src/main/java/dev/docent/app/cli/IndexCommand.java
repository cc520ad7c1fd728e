package dev.docent.app.cli;

import dev.docent.app.console.ConsoleProgress;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.indexer.progress.IndexingReport;
import dev.docent.indexer.source.DirectorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docent index <dir> --kb <name>}: brings a knowledge base in line with a folder of Markdown and text files. */
@Command(name = "index", description = "Index a directory of Markdown and text files into a knowledge base.")
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    private DocentCommand root;

    @Parameters(index = "0", paramLabel = "<directory>", description = "The folder to index (searched recursively).")
    private Path directory;

    @Option(names = "--kb", required = true, paramLabel = "<name>", description = "The knowledge base to fill (created if new).")
    private String knowledgeBase;

    @Option(names = "--base-url", paramLabel = "<url>",
            description = "Public URL of the folder's published docs, so citations link to pages (default: file: links).")
    private String baseUrl;

    @Override
    public Integer call() {
        KnowledgeBaseName.require(knowledgeBase);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Cannot index " + directory + ": it is not a directory.");
        }
        DirectorySource source = new DirectorySource(directory, baseUrl);
        IndexingReport report = root.runtime().indexer()
                .index(knowledgeBase, source, new ConsoleProgress(root.console().err()));
        return report.failures().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }
}
