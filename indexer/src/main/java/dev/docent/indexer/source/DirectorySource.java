package dev.docent.indexer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The documents under a directory: Markdown (and MDX), reStructuredText, AsciiDoc, HTML, notebooks, text and
 * PDF files (hidden files and folders skipped, and so is what a documentation generator writes beside its
 * pages, {@link GeneratorBuildFiles}, and a page's markup beside its HTML, {@link BuiltPageSources}). A
 * document's id is its path relative to the directory with '/' separators; its URL comes from the URL
 * template, or is a file: URL when there is none. A page is read with the files it includes in place,
 * and a file only included is no page ({@link IncludedFiles}); an OpenAPI description is read with the files it
 * refers to ({@link OpenApiBundle}), a DocBook page with the entity file its document type names ({@link DocBookEntityFiles})
 * and the code and shared parts it includes ({@link DocBookIncludes}),
 * and an OpenAPI description is no page when its operations
 * Mintlify's endpoint pages show ({@link OpenApiEndpointPages}), a man page built from a page it lists
 * ({@link GeneratedManPages}), and neither is a wiki's sidebar, header or footer ({@link WikiChrome}).
 */
public final class DirectorySource implements DocumentSource {

    private final Path root;
    private final UrlTemplate urls;
    private final String description;

    public DirectorySource(Path root, String baseUrl) {
        this(root, baseUrl == null || baseUrl.isBlank() ? null : UrlTemplate.baseUrl(baseUrl), null);
    }

    /**
     * @param urls        null for file: URLs
     * @param description how progress and reports name the source (default: the directory)
     */
    public DirectorySource(Path root, UrlTemplate urls, String description) {
        this.root = root.toAbsolutePath().normalize();
        this.urls = urls;
        this.description = description == null ? this.root.toString() : description;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        List<Path> files = withoutLinksToListedFiles(sourceFiles().stream()
                .filter(file -> !isUnrenderedPartial(file) && !WikiChrome.isChrome(file)).toList());
        Set<Path> fragments = new HashSet<>(IncludedFiles.fragments(root, files));
        Map<Path, DocumentFormat> formats = new LinkedHashMap<>();
        files.forEach(file -> formatOf(file).ifPresent(format -> formats.put(file, format)));
        formats.forEach((file, format) -> {
            if (format == DocumentFormat.OPENAPI) {
                fragments.addAll(OpenApiBundle.writtenInPages(root, file));
            } else if (format == DocumentFormat.DOCBOOK) {
                fragments.addAll(DocBookIncludes.writtenInPages(root, file));
            }
        });
        OpenApiEndpointPages endpointPages = new OpenApiEndpointPages(root, files, formats.keySet().stream()
                .filter(file -> formats.get(file) == DocumentFormat.OPENAPI).toList());
        GeneratedManPages manPages = new GeneratedManPages(files);
        Optional<WikiLinks.Style> wiki = WikiLinks.of(root);
        return formats.keySet().stream().filter(file -> !fragments.contains(file) && !endpointPages.shownDescriptions().contains(file)
                        && !BuiltPageSources.hasItsPageBeside(file) && !manPages.isGenerated(file))
                .map(file -> document(file, formats.get(file), endpointPages, wiki)).toList();
    }

    @Override
    public Map<String, Integer> unreadDocumentation() throws IOException {
        Map<String, Integer> unread = new TreeMap<>();
        for (Path file : sourceFiles()) {
            // Only a file of an unread extension is opened, to tell a DocBook .sgml from others: listing opened the rest.
            UnreadDocumentation.extensionOf(file.getFileName().toString()).filter(extension -> formatOf(file).isEmpty())
                    .ifPresent(extension -> unread.merge(extension, 1, Integer::sum));
        }
        return unread;
    }

    /** The folder's files in name order, but hidden ones and what a documentation generator built beside the pages. */
    private List<Path> sourceFiles() throws IOException {
        GeneratorBuildFiles buildFiles = new GeneratorBuildFiles(root);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> !PathParts.anyStartsWith(root, file, "."))
                    .filter(file -> !buildFiles.holds(file)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A symbolic link to a file that is listed itself is that page again: Debian's git docs link
     * {@code index.html} to {@code git.html}, and both were among the pages to read.
     */
    private static List<Path> withoutLinksToListedFiles(List<Path> files) throws IOException {
        if (files.stream().noneMatch(Files::isSymbolicLink)) {
            return files; // most folders hold no link: no file's real path is asked for
        }
        Set<Path> listed = new HashSet<>();
        for (Path file : files) {
            if (!Files.isSymbolicLink(file)) {
                listed.add(file.toRealPath());
            }
        }
        List<Path> pages = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isSymbolicLink(file) || !listed.contains(file.toRealPath())) {
                pages.add(file);
            }
        }
        return pages;
    }

    /**
     * Quarto and bookdown render no {@code .qmd} or {@code .Rmd} file whose name, or a folder's on its path,
     * starts with '_': those are partials ({@code _introduction.qmd}), drafts or includes, and indexed
     * they were cited as pages no reader can open. A partial a page includes is read in that page.
     */
    private boolean isUnrenderedPartial(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".qmd") || name.endsWith(".rmd")) && PathParts.anyStartsWith(root, file, "_");
    }

    /**
     * The format its name says - but for a TeX file that is no LaTeX document ({@link LatexFiles}) - or an OpenAPI
     * description's or a DocBook page's that its opening declares.
     */
    private static Optional<DocumentFormat> formatOf(Path file) {
        return DocumentFormat.ofFileName(file.getFileName().toString())
                .filter(format -> format != DocumentFormat.LATEX || LatexFiles.isDocument(file))
                .or(() -> ApiDescriptionFiles.declares(file) ? Optional.of(DocumentFormat.OPENAPI) : Optional.empty())
                .or(() -> DocBookFiles.declares(file) ? Optional.of(DocumentFormat.DOCBOOK) : Optional.empty());
    }

    /** @param wiki how the pages link to each other when the folder is a wiki's or a vault's ({@link WikiLinks}) */
    private SourceDocument document(Path file, DocumentFormat format, OpenApiEndpointPages endpointPages,
                                    Optional<WikiLinks.Style> wiki) {
        String id = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new SourceDocument(id, urls == null ? file.toUri().toString() : urls.urlOf(id), format,
                () -> endpointPages.expand(file, IncludedFiles.expand(root, file, format, bundled(file, format, wiki))));
    }

    private byte[] bundled(Path file, DocumentFormat format, Optional<WikiLinks.Style> wiki) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return switch (format) {
            case OPENAPI -> OpenApiBundle.expand(root, file, content);
            case DOCBOOK -> DocBookIncludes.expand(root, file, DocBookEntityFiles.expand(root, file, content));
            case MARKDOWN -> wiki.map(style -> WikiLinks.written(content, style)).orElse(content);
            default -> content;
        };
    }
}
