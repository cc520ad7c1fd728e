package dev.docent.core.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage as stored in Elasticsearch. {@code embedding} is only present when written, never
 * fetched back by retrieval (it would cost 384 floats per hit for nothing). {@code pagePassages},
 * the number of passages of its page, is 0 in an index written before schema version 8.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexedPassage(
        @JsonProperty(IndexSchema.KNOWLEDGE_BASE) String knowledgeBase,
        @JsonProperty(IndexSchema.DOCUMENT_ID) String documentId,
        @JsonProperty(IndexSchema.CHUNK) int chunk,
        @JsonProperty(IndexSchema.PAGE_PASSAGES) int pagePassages,
        @JsonProperty(IndexSchema.TITLE) String title,
        @JsonProperty(IndexSchema.HEADINGS) List<String> headings,
        @JsonProperty(IndexSchema.TEXT) String text,
        @JsonProperty(IndexSchema.URL) String url,
        @JsonProperty(IndexSchema.CONTENT_HASH) String contentHash,
        @JsonProperty(IndexSchema.IDENTIFIERS) String identifiers,
        @JsonProperty(IndexSchema.HEADING_IDENTIFIERS) String headingIdentifiers,
        @JsonProperty(IndexSchema.EMBEDDING) float[] embedding) {

    private static final int LONG_HEADING_CHARS = 80;
    /**
     * A name, its type parameters ("<RawServer, RawRequest>", TypeScript's and Java's), its parameter
     * list from the first '(' to the last ')', and what follows (a return type).
     */
    private static final Pattern SIGNATURE = Pattern.compile("([^(<]{1,80})(?:<[^()]*>)?\\(.+(\\)[^()]{0,40})");

    public IndexedPassage {
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /**
     * A passage to write: its identifier terms are taken from its title, headings and text, and
     * separately from its headings alone.
     */
    public static IndexedPassage of(String knowledgeBase, String documentId, int chunk, int pagePassages, String title,
                                    List<String> headings, String text, String url, String contentHash, float[] embedding) {
        String identifiers = Identifiers.asFieldText(title + "\n" + String.join("\n", headings) + "\n" + text);
        return new IndexedPassage(knowledgeBase, documentId, chunk, pagePassages, title, headings, text, url, contentHash,
                identifiers, Identifiers.asFieldText(String.join("\n", headings)), embedding);
    }

    /** The Elasticsearch id: stable per document and chunk, so rewriting a document replaces its chunks. */
    public String id() {
        return id(knowledgeBase, documentId, chunk);
    }

    public static String id(String knowledgeBase, String documentId, int chunk) {
        return knowledgeBase + ":" + documentId + "#" + chunk;
    }

    /** The id of the passage before this one on its page; none for a page's first passage. */
    public static Optional<String> previousId(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        try {
            int chunk = Integer.parseInt(id.substring(hash + 1));
            return chunk > 0 ? Optional.of(id.substring(0, hash + 1) + (chunk - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The heading path, as searched: "Webhooks > Retries". */
    public String section() {
        return String.join(" > ", headings);
    }

    /**
     * The heading path as readers see it in a citation: a long signature's parameters are left out
     * ("API > Application Object > class flask.Flask(…)"): an API reference heads a class's section
     * with its whole constructor, three hundred characters that pushed the link off the screen.
     */
    public String sectionLabel() {
        return String.join(" > ", headings.stream().map(IndexedPassage::withoutLongParameters).toList());
    }

    private static String withoutLongParameters(String heading) {
        if (heading.length() <= LONG_HEADING_CHARS) {
            return heading;
        }
        Matcher signature = SIGNATURE.matcher(heading);
        return signature.matches() ? signature.group(1) + "(…" + signature.group(2) : heading;
    }
}
