package dev.docent.indexer.source.git;

import dev.docent.core.error.UserInputException;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.source.UrlTemplate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;

/**
 * The documents of a git repository (a URL or a local path) on one branch, read through JGit from a
 * checkout kept under a cache directory: the first run clones, later runs fetch and reset, so an
 * unchanged repository costs one fetch. Ids are paths relative to {@code directory} inside the
 * repository; URLs come from the template (relative to that directory too), else point at the file
 * in the repository's web view.
 */
public final class GitSource implements DocumentSource {

    private final String repository;
    private final String branch;
    private final String directory;
    private final UrlTemplate urls;
    private final Path checkouts;

    /**
     * @param branch    null for the repository's default branch
     * @param directory the docs folder inside the repository; null or "" for the whole repository
     * @param urls      null for links into the repository
     * @param checkouts where clones are kept between runs
     */
    public GitSource(String repository, String branch, String directory, UrlTemplate urls, Path checkouts) {
        if (repository == null || repository.isBlank()) {
            throw new UserInputException("A git source needs a repository URL or path");
        }
        this.repository = repository.strip();
        this.branch = branch == null || branch.isBlank() ? null : branch.strip();
        this.directory = directory == null ? "" : directory.strip().replaceAll("^/+|/+$", "");
        this.urls = urls;
        this.checkouts = checkouts;
    }

    @Override
    public String describe() {
        return repository + (branch == null ? "" : " (" + branch + ")") + (directory.isEmpty() ? "" : " " + directory + "/");
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        Path checkout = sync();
        String resolvedBranch = branch != null ? branch : currentBranch(checkout);
        Path docs = directory.isEmpty() ? checkout : checkout.resolve(directory);
        if (!Files.isDirectory(docs)) {
            throw new IOException("The repository " + repository + " has no folder '" + directory + "'");
        }
        return new DirectorySource(docs, urls != null ? urls : repositoryLinks(resolvedBranch), describe()).list();
    }

    /** What the checkout the last listing made holds in formats Docent does not read. */
    @Override
    public Map<String, Integer> unreadDocumentation() throws IOException {
        Path checkout = checkouts.resolve(checkoutName());
        Path docs = directory.isEmpty() ? checkout : checkout.resolve(directory);
        return Files.isDirectory(docs) ? new DirectorySource(docs, null).unreadDocumentation() : Map.of();
    }

    private Path sync() throws IOException {
        Path checkout = checkouts.resolve(checkoutName());
        try {
            if (Files.isDirectory(checkout.resolve(".git"))) {
                try (Git git = Git.open(checkout.toFile())) {
                    String target = branch != null ? branch : git.getRepository().getBranch();
                    git.fetch().setRemote("origin").setRemoveDeletedRefs(true).call();
                    git.reset().setMode(ResetType.HARD).setRef("refs/remotes/origin/" + target).call();
                    return checkout;
                }
            }
            Files.createDirectories(checkouts);
            var clone = Git.cloneRepository().setURI(cloneUri()).setDirectory(checkout.toFile());
            if (branch != null) {
                clone.setBranch(Constants.R_HEADS + branch).setBranchesToClone(List.of(Constants.R_HEADS + branch));
            }
            try (Git git = clone.call()) {
                if (branch != null && git.getRepository().resolve(Constants.HEAD) == null) {
                    throw new IOException("The repository " + repository + " has no branch '" + branch + "'");
                }
            }
            return checkout;
        } catch (GitAPIException | org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            throw new IOException("Cannot read the git repository " + repository
                    + (branch == null ? "" : " (branch " + branch + ")") + ": " + e.getMessage(), e);
        }
    }

    private String cloneUri() {
        Path local = Path.of(repository);
        return repository.contains("://") || repository.contains("@") || !Files.exists(local)
                ? repository : local.toAbsolutePath().toUri().toString();
    }

    private static String currentBranch(Path checkout) throws IOException {
        try (Git git = Git.open(checkout.toFile())) {
            return git.getRepository().getBranch();
        }
    }

    private UrlTemplate repositoryLinks(String resolvedBranch) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        if (repository.startsWith("http://") || repository.startsWith("https://")) {
            String web = repository.replaceAll("\\.git/?$", "");
            return new UrlTemplate(web + "/blob/" + resolvedBranch + "/" + prefix + "{file}");
        }
        URI root = Path.of(repository).toAbsolutePath().normalize().toUri();
        return new UrlTemplate(root + prefix + "{file}");
    }

    /** One checkout per repository and branch, named so that a glance at the cache says which is which. */
    private String checkoutName() {
        String readable = repository.replaceAll("\\.git/?$", "").replaceAll(".*[/:\\\\]", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((repository + "\n" + branch).getBytes(StandardCharsets.UTF_8));
            return readable.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
