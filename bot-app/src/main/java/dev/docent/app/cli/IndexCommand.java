package dev.docent.app.cli;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.SourceConfig;
import dev.docent.app.console.ConsoleProgress;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.runtime.ReindexSources;
import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.indexer.source.DocumentSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent index [<path|git-url|site-url>] --kb <name>}: brings a knowledge base in line with
 * its sources - the ones given, or the ones docent.yml declares for it.
 */
@Command(name = "index", description = {
        "Index documents (Markdown and its dialects, reStructuredText, AsciiDoc, HTML, notebooks, R help, POD, Org, Texinfo, RDoc, man pages, OpenAPI, text, PDF) into a knowledge base, creating it if new.",
        "Without a location, indexes the knowledge base's sources from docent.yml.",
        "Unchanged documents are skipped, changed ones replaced, removed ones deleted."})
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    private DocentCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<path|git-url|site-url>",
            description = "A directory, a git repository (URL ending in .git, ssh/git URL, or any location with --branch), "
                    + "or a website (start page or sitemap.xml). Default: docent.yml's sources for --kb.")
    private String location;

    @Option(names = "--kb", required = true, paramLabel = "<name>", description = "The knowledge base to fill (created if new).")
    private String knowledgeBase;

    @Option(names = "--rebuild", description = "Rebuild into a new index and switch to it when complete (default: incremental).")
    private boolean rebuild;

    @Option(names = {"--url-template", "--base-url"}, paramLabel = "<url>",
            description = "Directory or git: the published URL of a file, with {path} (no extension) or {file}; "
                    + "a plain URL is a base URL (default: file: or repository links).")
    private String urlTemplate;

    @Option(names = "--branch", paramLabel = "<branch>", description = "Git: the branch (default: the repository's default).")
    private String branch;

    @Option(names = "--path", paramLabel = "<folder>", description = "Git: the docs folder inside the repository.")
    private String path;

    @Option(names = "--max-pages", paramLabel = "<n>", description = "Website: pages fetched at most (default 500).")
    private Integer maxPages;

    @Option(names = "--max-depth", paramLabel = "<n>", description = "Website: links followed from the start page at most (default 5).")
    private Integer maxDepth;

    @Option(names = "--concurrency", paramLabel = "<n>", description = "Website: requests in flight at most (default 2).")
    private Integer concurrency;

    @Override
    public Integer call() {
        KnowledgeBaseName.require(knowledgeBase);
        DocumentSource source = location == null ? configuredSource() : givenSource();
        ReindexSummary summary = root.runtime().indexer().index(knowledgeBase, source,
                rebuild ? ReindexMode.REBUILD : ReindexMode.INCREMENTAL, new ConsoleProgress(root.console().err()));
        return summary.failures().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    private DocumentSource givenSource() {
        SourceConfig source = SourceFactory.fromLocation(location, branch, path, urlTemplate, maxPages, maxDepth, concurrency);
        if (source.directory() != null && !Files.isDirectory(Path.of(location))) {
            throw new UserInputException("Cannot index " + location + ": it is not a directory.");
        }
        String problem = source.problem();
        if (problem != null) {
            throw new UserInputException("Cannot index " + location + ": " + problem + " (options: "
                    + "--url-template for directories and git, --max-pages/--max-depth/--concurrency for websites).");
        }
        return new SourceFactory(Path.of("").toAbsolutePath(), root.settings().home().resolve("git")).create(source);
    }

    private DocumentSource configuredSource() {
        DocentConfig config = root.config();
        String where = root.settings().configFile().map(Path::toString).orElse(null);
        Supplier<DocumentSource> source = ReindexSources.of(config, SourceFactory.forConfiguration(root.settings()))
                .get(knowledgeBase);
        if (source == null) {
            throw new UserInputException(where == null
                    ? "No docent.yml declares the sources of '" + knowledgeBase + "': give a path, git URL or site URL "
                            + "to index, or set DOCENT_CONFIG."
                    : "'" + knowledgeBase + "' has no sources in " + where + " (knowledgeBases." + knowledgeBase
                            + ".sources): declare them there, or give a path, git URL or site URL to index.");
        }
        return source.get();
    }
}
