package dev.docent.indexer.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's front matter: YAML between two {@code ---} lines at the very top (Jekyll, Eleventy,
 * Docusaurus, MkDocs...), TOML between two {@code +++} lines (Hugo), or JSON in an HTML comment
 * whose braces open and close it (the Go website's pages:
 * <code>&lt;!--&#123; "Title": ... &#125;--&gt;</code>). Markdown and HTML pages carry it alike
 * (Jekyll's and Hugo's {@code .html} pages). It is metadata, not content:
 * {@code title}, {@code url} and {@code description} (or {@code summary}) are honoured, the rest is
 * ignored. Front matter that a generator's templating makes invalid YAML ({@code title: {{ x }}})
 * still ends where it ends: its simple {@code key: value} lines are read and the page goes on.
 *
 * @param title       the page's title, or null
 * @param url         the page's published URL, or null
 * @param description what the page is about in a sentence, or null
 * @param body        the Markdown after the front matter
 */
record FrontMatter(String title, String url, String description, String body) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_FENCE = "<!--{";
    private static final Set<String> HONOURED = Set.of("title", "url", "description", "summary");
    /** A top-level {@code key: value} (YAML) or {@code key = value} (TOML) line. */
    private static final Pattern SIMPLE_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*[:=]\\s*(.*?)\\s*$");

    /** Whether a page opens with front matter, before its bytes are read as text. */
    static boolean opens(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, JSON_FENCE.length() + 3), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        return start.startsWith("---") || start.startsWith("+++") || start.startsWith(JSON_FENCE);
    }

    static FrontMatter split(String markdown) {
        String[] lines = markdown.split("\\R", -1);
        String fence = lines[0].replace("\uFEFF", "").strip();
        if (!fence.equals("---") && !fence.equals("+++") && !fence.equals(JSON_FENCE)) {
            return new FrontMatter(null, null, null, markdown);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(closing(fence)) || fence.equals("---") && line.equals("...")) {
                String block = String.join("\n", Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                // The braces the fences hold open and close the object.
                Map<String, String> fields = fence.equals("---") ? parsed(YAML, block)
                        : fence.equals(JSON_FENCE) ? parsed(JSON, "{" + block + "}") : simpleFields(block);
                String description = fields.containsKey("description") ? fields.get("description") : fields.get("summary");
                // Hugo's url is a path on the site, not a link a citation can use.
                return new FrontMatter(fields.get("title"), fence.equals("---") ? fields.get("url") : null, description, body);
            }
        }
        return new FrontMatter(null, null, null, markdown);
    }

    private static String closing(String fence) {
        return fence.equals(JSON_FENCE) ? "}-->" : fence;
    }

    private static Map<String, String> parsed(ObjectMapper format, String block) {
        JsonNode fields;
        try {
            fields = block.isBlank() ? null : format.readTree(block);
        } catch (JacksonException e) {
            return simpleFields(block);
        }
        Map<String, String> values = new HashMap<>();
        if (fields != null && fields.isObject()) {
            // Go's pages capitalise their keys ("Title").
            fields.properties().forEach(field -> {
                String key = field.getKey().toLowerCase(Locale.ROOT);
                if (HONOURED.contains(key) && field.getValue().isValueNode()) {
                    putText(values, key, field.getValue().asText());
                }
            });
        }
        return values;
    }

    private static Map<String, String> simpleFields(String block) {
        Map<String, String> values = new HashMap<>();
        for (String line : block.split("\n")) {
            Matcher field = SIMPLE_FIELD.matcher(line);
            // A list or a map ("[a, b", "{ x }") is not a simple value, least of all in front matter that did not parse.
            if (field.matches() && !field.group(2).startsWith("[") && !field.group(2).startsWith("{")) {
                putText(values, field.group(1), unquoted(field.group(2)));
            }
        }
        return values;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    /** A value the generator fills in at build time ({@code {{ site.name }}}) is not a value Docent can show. */
    private static void putText(Map<String, String> values, String key, String value) {
        if (!value.isBlank() && !value.contains("{{") && !value.contains("{%")) {
            values.putIfAbsent(key, value.strip());
        }
    }
}
