package dev.docent.indexer.source;

import java.util.Locale;
import java.util.Optional;

/** The document formats Docent reads, and how a file name or a media type says which one a document is. */
public enum DocumentFormat {
    MARKDOWN, MDX, RESTRUCTURED_TEXT, ASCIIDOC, HTML, TEXT, PDF, NOTEBOOK, R_DOCUMENTATION, POD, ORG, OPENAPI, RDOC, TEXINFO, MAN_PAGE, DOCBOOK, DOCX, ODT, EPUB, MEDIAWIKI, TEXTILE, CREOLE, LATEX;

    /** A POD template a build fills in (OpenSSL's {@code openssl-verify.pod.in}) is the page it makes. */
    private static final String POD_TEMPLATE = ".pod.in";

    /** The name of the page a file is: a POD template's without its {@code .in}, any other's as it is. */
    public static String pageName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(POD_TEMPLATE) ? name.substring(0, name.length() - ".in".length()) : name;
    }

    public static Optional<DocumentFormat> ofFileName(String fileName) {
        String name = pageName(fileName);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.lastIndexOf('/') > dot) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("yaml") || extension.equals("yml") || extension.equals("json")) {
            return isApiDescription(name.substring(name.lastIndexOf('/') + 1)) ? Optional.of(OPENAPI) : Optional.empty();
        }
        return switch (extension) {
            // Quarto's and R Markdown's pages are Pandoc's Markdown with code cells and fenced divs; Markdoc's, Markdown with tags.
            // Livebook's notebooks, blogdown's pages and ronn's manual pages are Markdown too.
            case "md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "qmd", "rmd", "mdoc", "livemd", "rmarkdown", "ronn" -> Optional.of(MARKDOWN);
            case "mdx" -> Optional.of(MDX);
            case "rst", "rest" -> Optional.of(RESTRUCTURED_TEXT);
            case "adoc", "asciidoc", "asc" -> Optional.of(ASCIIDOC);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "txt" -> Optional.of(TEXT);
            case "pdf" -> Optional.of(PDF);
            case "ipynb" -> Optional.of(NOTEBOOK);
            case "rd" -> Optional.of(R_DOCUMENTATION);
            case "pod" -> Optional.of(POD);
            case "org" -> Optional.of(ORG);
            case "rdoc" -> Optional.of(RDOC);
            case "texi", "texinfo", "txi" -> Optional.of(TEXINFO);
            case "1", "2", "3", "4", "5", "6", "7", "8", "9", "man" -> Optional.of(MAN_PAGE);
            case "dbk", "docbook" -> Optional.of(DOCBOOK);
            case "docx" -> Optional.of(DOCX);
            case "odt" -> Optional.of(ODT);
            case "epub" -> Optional.of(EPUB);
            // The markups a GitHub wiki's pages may be written in besides those above (Gollum reads .wiki as MediaWiki's).
            case "mediawiki", "wiki" -> Optional.of(MEDIAWIKI);
            case "textile" -> Optional.of(TEXTILE);
            case "creole" -> Optional.of(CREOLE);
            // Sweave's and knitr's vignettes (.Rnw) are LaTeX with code chunks.
            case "tex", "latex", "ltx", "rnw", "snw" -> Optional.of(LATEX);
            default -> Optional.empty();
        };
    }

    /**
     * Of a project's YAML and JSON files only its API description is documentation, named so by the tools that
     * publish it ({@code openapi.yaml}, {@code api/openapi.json}, {@code swagger.json}, {@code petstore.openapi.yml}).
     */
    private static boolean isApiDescription(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.contains("openapi") || name.contains("swagger");
    }

    /** From an HTTP Content-Type such as {@code text/html; charset=utf-8}. */
    public static Optional<DocumentFormat> ofMediaType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "text/markdown", "text/x-markdown" -> Optional.of(MARKDOWN);
            case "text/x-rst" -> Optional.of(RESTRUCTURED_TEXT);
            case "text/asciidoc", "text/x-asciidoc" -> Optional.of(ASCIIDOC);
            case "text/plain" -> Optional.of(TEXT);
            case "application/pdf" -> Optional.of(PDF);
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> Optional.of(DOCX);
            case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
            case "application/epub+zip" -> Optional.of(EPUB);
            case "application/x-ipynb+json" -> Optional.of(NOTEBOOK);
            default -> Optional.empty();
        };
    }
}
