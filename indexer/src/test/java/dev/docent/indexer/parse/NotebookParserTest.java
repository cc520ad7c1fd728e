package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotebookParserTest {

    private final NotebookParser parser = new NotebookParser();

    @Test
    void markdownCellsAreTheTextCodeCellsAreFencedInTheNotebooksLanguageAndOutputsAreLeftOut() throws Exception {
        String notebook = """
                {"cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# Streaming responses\\n", "\\n", "Stream tokens as they arrive."]},
                  {"cell_type": "code", "execution_count": 1, "metadata": {},
                   "source": ["for chunk in client.stream(\\"hi\\"):\\n", "    print(chunk)"],
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Hel\\n", "lo\\n"]}]},
                  {"cell_type": "raw", "metadata": {}, "source": ".. only:: latex"},
                  {"cell_type": "markdown", "metadata": {}, "source": "## Cancelling\\n\\nCall `stream.close()` to stop early."}
                ],
                 "metadata": {"kernelspec": {"name": "python3", "language": "python"}, "language_info": {"name": "python"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """;

        ParsedDocument doc = parser.parse(notebook.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Streaming responses");
        assertThat(doc.sections()).hasSize(2);
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "Stream tokens as they arrive.", "```python\nfor chunk in client.stream(\"hi\"):\n    print(chunk)\n```");
        assertThat(doc.sections().get(1).headings()).containsExactly("Cancelling");
        assertThat(doc.sections().toString()).doesNotContain("Hel", "latex");
    }

    @Test
    void aFileThatIsNoNotebookIsReportedAsUnreadable() {
        assertThatThrownBy(() -> parser.parse("{\"cells\": ".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parser.parse("{\"nbformat\": 4}".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no \"cells\"");
    }
}
