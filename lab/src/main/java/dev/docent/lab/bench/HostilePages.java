package dev.docent.lab.bench;

import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.parse.DocumentParser;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.source.DocumentFormat;
import dev.docent.indexer.sync.PassageReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Pages built to stall a reader, each read and chunked as the indexer reads one (a worker's 1 MB stack, the
 * indexer's chunk sizes): markup opened thousands of times and never closed, runs of spaces, table borders of
 * thousands of columns, HTML nested thousands deep, full stops without a space. A reader whose time grows with the
 * square of such a page stalls an indexing run on one file.
 */
public final class HostilePages {

    /** One page: what it is, its format, and its text at scale 1. */
    public record Page(String name, DocumentFormat format, String text) {
    }

    /** How a page was read: in how long, into how many passages, or what went wrong. */
    public record Reading(Page page, int bytes, Optional<Duration> took, int passages, String failure) {
    }

    private static final int WORKER_STACK = 1 << 20;
    private static final DocumentParsers PARSERS = DocumentParsers.standard();
    private static final PassageReader READER = new PassageReader(KnowledgeBaseIndexer.standardChunker());

    private HostilePages() {
    }

    public static List<Page> pages(int scale) {
        return List.of(
                new Page("Markdown: a paragraph of 'a < b'", DocumentFormat.MARKDOWN, "# T\n\n" + "a < b ".repeat(32_000 * scale)),
                new Page("Markdown: unclosed HTML comments", DocumentFormat.MARKDOWN, "# T\n\n" + "<!-- ".repeat(40_000 * scale)),
                new Page("Markdown: unclosed Hugo shortcodes", DocumentFormat.MARKDOWN, "# T\n\n" + "{{% ".repeat(40_000 * scale)),
                new Page("Markdown: a run of spaces", DocumentFormat.MARKDOWN, "# T\n\n" + " ".repeat(160_000 * scale) + "x"),
                new Page("Markdown: MDC components nothing closes", DocumentFormat.MARKDOWN,
                        "# T\n\n" + "::a{b=\"c\"}\n:::d\n".repeat(20_000 * scale) + "x\n"),
                new Page("Markdown: Retype panels and tabs nothing closes", DocumentFormat.MARKDOWN,
                        "# T\n\n" + "=== Panel\n+++ Tab\n!!!warning Title\n".repeat(20_000 * scale) + "x\n"),
                new Page("reStructuredText: unclosed inline literals", DocumentFormat.RESTRUCTURED_TEXT,
                        "T\n=\n\n" + "``a ".repeat(20_000 * scale)),
                new Page("reStructuredText: unclosed simple tables", DocumentFormat.RESTRUCTURED_TEXT,
                        "T\n=\n\n" + "=====  =====\nx      y\n\n".repeat(20_000 * scale)),
                new Page("reStructuredText: a grid border of many columns", DocumentFormat.RESTRUCTURED_TEXT,
                        "T\n=\n\n" + "+--".repeat(20_000 * scale) + "+\n"),
                new Page("AsciiDoc: unclosed cross references", DocumentFormat.ASCIIDOC, "= T\n\n" + "<<".repeat(20_000 * scale)),
                new Page("Org: unclosed code", DocumentFormat.ORG, "#+TITLE: T\n\n" + "=a ".repeat(20_000 * scale)),
                new Page("RDoc: unclosed <tt>", DocumentFormat.RDOC, "= T\n\n" + "<tt>".repeat(20_000 * scale)),
                new Page("HTML: unclosed <div> nested deep", DocumentFormat.HTML,
                        "<html><body><h1>T</h1>" + "<div>".repeat(20_000 * scale) + "x"),
                new Page("Markdown: full stops without a space", DocumentFormat.MARKDOWN, "# T\n\n" + "...".repeat(40_000 * scale)),
                new Page("Markdown: quotes nested deep", DocumentFormat.MARKDOWN, "# T\n\n" + ">".repeat(20_000 * scale) + " x\n"),
                new Page("DocBook: unclosed entity declarations", DocumentFormat.DOCBOOK, " ".repeat(40_000 * scale)
                        + "<!DOCTYPE chapter [" + "<!ENTITY a \"".repeat(20_000 * scale) + "]>\n<chapter><title>T</title><para>x</para></chapter>"),
                new Page("DocBook: sections nested deep", DocumentFormat.DOCBOOK,
                        "<chapter><title>T</title>" + "<section><title>S</title><para>x</para>".repeat(20_000 * scale)),
                new Page("MediaWiki: templates nested deep", DocumentFormat.MEDIAWIKI,
                        "== T ==\n" + "{{a|".repeat(20_000 * scale) + "x" + "}}".repeat(20_000 * scale) + "\ny"),
                new Page("MediaWiki: unclosed links and code", DocumentFormat.MEDIAWIKI,
                        "== T ==\n" + "[http://a '''b [[c <code>d ".repeat(10_000 * scale)),
                new Page("Creole: unclosed pictures and code", DocumentFormat.CREOLE, "= T\n" + "{{a {{{b **c ".repeat(10_000 * scale)),
                new Page("LaTeX: groups nested deep", DocumentFormat.LATEX,
                        "\\section{T}\n" + "\\textbf{a ".repeat(20_000 * scale) + "}".repeat(20_000 * scale)),
                new Page("LaTeX: unclosed math, verbatim and environments", DocumentFormat.LATEX,
                        "\\section{T}\n" + "$a \\verb|b \\begin{itemize} \\item c ".repeat(10_000 * scale)));
    }

    /** Reads the page on a thread of its own, given up after {@code patience}. */
    public static Reading read(Page page, Duration patience) throws InterruptedException {
        DocumentParser parser = PARSERS.forFormat(page.format()).orElseThrow();
        byte[] bytes = page.text().getBytes(StandardCharsets.UTF_8);
        Reading[] reading = {new Reading(page, bytes.length, Optional.empty(), 0, "not read within " + patience.toSeconds() + " s")};
        Thread worker = new Thread(null, () -> {
            long start = System.nanoTime();
            try {
                int passages = READER.read(parser, bytes, "bench", "bench", "bench").size();
                reading[0] = new Reading(page, bytes.length, Optional.of(Duration.ofNanos(System.nanoTime() - start)), passages, "");
            } catch (Exception | StackOverflowError e) {
                reading[0] = new Reading(page, bytes.length, Optional.empty(), 0, e.getClass().getSimpleName());
            }
        }, "hostile-page", WORKER_STACK);
        worker.setDaemon(true);
        worker.start();
        worker.join(patience.toMillis());
        return reading[0];
    }
}
