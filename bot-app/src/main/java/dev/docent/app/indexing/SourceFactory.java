package dev.docent.app.indexing;

import dev.docent.app.config.SourceConfig;
import dev.docent.app.runtime.Settings;
import dev.docent.core.error.UserInputException;
import dev.docent.indexer.source.CompositeSource;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.UrlTemplate;
import dev.docent.indexer.source.git.GitSource;
import dev.docent.indexer.source.web.CrawlLimits;
import dev.docent.indexer.source.web.WebsiteSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Turns source declarations (from docent.yml or the command line) into the indexer's sources. */
public final class SourceFactory {

    private final Path relativeTo;
    private final Path gitCheckouts;

    /**
     * @param relativeTo   what relative directory paths are relative to (docent.yml's folder, or the
     *                     working directory for the command line)
     * @param gitCheckouts where git repositories are cloned and kept between runs
     */
    public SourceFactory(Path relativeTo, Path gitCheckouts) {
        this.relativeTo = relativeTo;
        this.gitCheckouts = gitCheckouts;
    }

    /**
     * The factory for docent.yml's sources: relative directories are relative to the file's own
     * folder, and git checkouts live under DOCENT_HOME.
     */
    public static SourceFactory forConfiguration(Settings settings) {
        Path configDirectory = settings.configFile().map(f -> f.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
        return new SourceFactory(configDirectory, settings.home().resolve("git"));
    }

    public DocumentSource create(List<SourceConfig> sources) {
        return CompositeSource.of(sources.stream().map(this::create).toList());
    }

    public DocumentSource create(SourceConfig source) {
        String problem = source.problem();
        if (problem != null) {
            throw new UserInputException("Bad source: " + problem);
        }
        UrlTemplate urls = source.urlTemplate() == null || source.urlTemplate().isBlank() ? null : new UrlTemplate(source.urlTemplate());
        if (source.directory() != null) {
            return new DirectorySource(relativeTo.resolve(source.directory()), urls, null);
        }
        if (source.git() != null) {
            String repository = isRemote(source.git()) ? source.git() : relativeTo.resolve(source.git()).toString();
            return new GitSource(repository, source.branch(), source.path(), urls, gitCheckouts);
        }
        CrawlLimits defaults = CrawlLimits.defaults();
        return new WebsiteSource(uri(source.url()), new CrawlLimits(
                source.maxPages() != null ? source.maxPages() : defaults.maxPages(),
                source.maxDepth() != null ? source.maxDepth() : defaults.maxDepth(),
                source.concurrency() != null ? source.concurrency() : defaults.concurrency(),
                source.delay() != null ? source.delay() : defaults.delay()));
    }

    /**
     * What a command-line location means: an http(s) URL ending in {@code .git}, an ssh or git URL,
     * or anything with {@code --branch} is a git repository; another http(s) URL is a website; the
     * rest is a local directory.
     */
    public static SourceConfig fromLocation(String location, String branch, String path, String urlTemplate,
                                            Integer maxPages, Integer maxDepth, Integer concurrency) {
        String lower = location.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        boolean git = branch != null || path != null || lower.matches("^(ssh|git|file)://.*") || lower.startsWith("git@")
                || (web && lower.replaceAll("/+$", "").endsWith(".git"));
        if (git) {
            return new SourceConfig(null, location, branch, path, null, urlTemplate, maxPages, maxDepth, concurrency, null);
        }
        if (web) {
            return new SourceConfig(null, null, null, null, location, urlTemplate, maxPages, maxDepth, concurrency, null);
        }
        return new SourceConfig(location, null, null, null, null, urlTemplate, maxPages, maxDepth, concurrency, null);
    }

    private static boolean isRemote(String repository) {
        return repository.contains("://") || repository.startsWith("git@");
    }

    private static URI uri(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UserInputException("Not a valid URL: " + url, e);
        }
    }
}
