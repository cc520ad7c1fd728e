package dev.docent.indexer.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A Markdown page's YAML front matter, the block between two {@code ---} lines at the very top.
 * It is metadata, not content: {@code title} and {@code url} are honoured, the rest is ignored.
 *
 * @param title the page's title, or null
 * @param url   the page's published URL, or null
 * @param body  the Markdown after the front matter
 */
record FrontMatter(String title, String url, String body) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static FrontMatter split(String markdown) throws UnreadableDocumentException {
        String[] lines = markdown.split("\\R", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new FrontMatter(null, null, markdown);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                JsonNode fields = read(yaml);
                return new FrontMatter(text(fields, "title"), text(fields, "url"), body);
            }
        }
        return new FrontMatter(null, null, markdown);
    }

    private static JsonNode read(String yaml) throws UnreadableDocumentException {
        if (yaml.isBlank()) {
            return null;
        }
        try {
            return YAML.readTree(yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr() + 1;
            throw new UnreadableDocumentException("its front matter is not valid YAML" + (line > 0 ? " (line " + line + ")" : ""));
        }
    }

    private static String text(JsonNode fields, String key) {
        JsonNode value = fields == null || !fields.isObject() ? null : fields.get(key);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
