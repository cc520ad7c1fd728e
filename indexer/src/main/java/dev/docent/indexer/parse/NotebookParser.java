package dev.docent.indexer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a Jupyter notebook ({@code .ipynb}) - the tutorials and how-to guides of many Python
 * libraries' sites (nbsphinx, MyST-NB, mkdocs-jupyter) - as the Markdown page it is published as:
 * its Markdown cells as they are, its code cells fenced in the notebook's language. Outputs are left
 * out: a plot, a table of numbers or a progress bar is not an answer to a question, and they are
 * often most of the file. The rest is read by the Markdown parser (headings, title, site markup).
 */
public final class NotebookParser implements DocumentParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        JsonNode notebook;
        try {
            notebook = JSON.readTree(content);
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a Jupyter notebook: the file is not valid JSON");
        }
        if (notebook == null || !notebook.path("cells").isArray()) {
            throw new UnreadableDocumentException("not a Jupyter notebook: it has no \"cells\" list");
        }
        String language = language(notebook.path("metadata"));
        StringBuilder page = new StringBuilder();
        for (JsonNode cell : notebook.path("cells")) {
            String source = source(cell.path("source"));
            if (source.isBlank()) {
                continue;
            }
            switch (cell.path("cell_type").asText()) {
                case "markdown" -> page.append(source.strip()).append("\n\n");
                case "code" -> page.append("```").append(language).append('\n').append(source.stripTrailing()).append("\n```\n\n");
                default -> { } // raw cells are for the notebook's converters, not its readers
            }
        }
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** A cell's source: one string, or (as Jupyter writes it) a list of lines that keep their line breaks. */
    private static String source(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    private static String language(JsonNode metadata) {
        String name = metadata.path("language_info").path("name").asText(metadata.path("kernelspec").path("language").asText(""));
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#+]", "");
    }
}
