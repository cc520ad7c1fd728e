package dev.docent.indexer.parse;

import dev.docent.indexer.source.DocumentFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The parser for each document format Docent reads. */
public final class DocumentParsers {

    /**
     * Part of every document's content hash: bump it when parsing changes what a document becomes, so
     * that the next incremental run parses every document again instead of finding it "unchanged".
     */
    private static final String VERSION = "parsers:94";

    private final Map<DocumentFormat, DocumentParser> byFormat;

    private DocumentParsers(Map<DocumentFormat, DocumentParser> byFormat) {
        this.byFormat = new EnumMap<>(byFormat);
    }

    public static DocumentParsers standard() {
        return new DocumentParsers(Map.ofEntries(
                Map.entry(DocumentFormat.NOTEBOOK, new NotebookParser()),
                Map.entry(DocumentFormat.MARKDOWN, new MarkdownParser()),
                Map.entry(DocumentFormat.MDX, MarkdownParser.mdx()),
                Map.entry(DocumentFormat.RESTRUCTURED_TEXT, new RestructuredTextParser()),
                Map.entry(DocumentFormat.ASCIIDOC, new AsciiDocParser()),
                Map.entry(DocumentFormat.HTML, new HtmlParser()),
                Map.entry(DocumentFormat.TEXT, new PlainTextParser()),
                Map.entry(DocumentFormat.PDF, new PdfParser()),
                Map.entry(DocumentFormat.R_DOCUMENTATION, new RdParser()),
                Map.entry(DocumentFormat.POD, new PodParser()),
                Map.entry(DocumentFormat.ORG, new OrgParser()),
                Map.entry(DocumentFormat.OPENAPI, new OpenApiParser()),
                Map.entry(DocumentFormat.RDOC, new RDocParser()),
                Map.entry(DocumentFormat.TEXINFO, new TexinfoParser()),
                Map.entry(DocumentFormat.MAN_PAGE, new ManPageParser()),
                Map.entry(DocumentFormat.DOCBOOK, new DocBookParser()),
                Map.entry(DocumentFormat.DOCX, new DocxParser()),
                Map.entry(DocumentFormat.ODT, new OdtParser()),
                Map.entry(DocumentFormat.EPUB, new EpubParser()),
                Map.entry(DocumentFormat.MEDIAWIKI, new MediaWikiParser()),
                Map.entry(DocumentFormat.TEXTILE, new TextileParser()),
                Map.entry(DocumentFormat.CREOLE, new CreoleParser()),
                Map.entry(DocumentFormat.LATEX, new LatexParser())));
    }

    public Optional<DocumentParser> forFormat(DocumentFormat format) {
        return Optional.ofNullable(format == null ? null : byFormat.get(format));
    }

    /** A fingerprint of how documents are parsed, for content hashes (see {@link #VERSION}). */
    public String settings() {
        return VERSION;
    }
}
