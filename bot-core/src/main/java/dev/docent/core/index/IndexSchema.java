package dev.docent.core.index;

import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one shape of a passage in Elasticsearch. The indexer writes it and retrieval reads it, so
 * both take field names and the mapping from here and cannot drift apart.
 */
public final class IndexSchema {

    public static final String KNOWLEDGE_BASE = "knowledge_base";
    public static final String DOCUMENT_ID = "document_id";
    public static final String CHUNK = "chunk";
    public static final String TITLE = "title";
    public static final String HEADINGS = "headings";
    public static final String TEXT = "text";
    /**
     * The text's words as written, lowercased, neither stemmed nor dropped as stop words: what a
     * mistyped word of a question is matched against, so that it is corrected to a word ("single"),
     * not to a stem ("singl"). Only which passages hold a word is kept.
     */
    public static final String TEXT_WORDS = TEXT + ".words";
    public static final String URL = "url";
    public static final String CONTENT_HASH = "content_hash";
    public static final String EMBEDDING = "embedding";
    /** Code-like names of the passage ({@link Identifiers}), whitespace-separated and already lowercased. */
    public static final String IDENTIFIERS = "identifiers";
    /**
     * The code-like names of the passage's heading path alone: the section that names a flag, an
     * option or a method is where it is defined, not merely mentioned.
     */
    public static final String HEADING_IDENTIFIERS = "heading_identifiers";
    /**
     * How many passages the passage's page has: a page many times longer than the others can rank
     * first on its length alone (see {@code RelevanceModel#pagesToCite}).
     */
    public static final String PAGE_PASSAGES = "page_passages";

    /**
     * The version of this shape, and of what its fields hold. A knowledge base written with an older
     * one is rebuilt by its next reindex (an incremental run cannot add a field, or the identifiers'
     * joined spellings of version 4, short flags of version 5 and codes of version 6, the text's
     * words of version 7, or the page's length of version 8, to passages it skips as unchanged).
     */
    public static final int VERSION = 8;
    public static final String VERSION_META_KEY = "docent_schema";

    /**
     * How the indexer's passages are embedded: the model, and what it reads of a passage (its
     * title, heading path and text). A reindex takes over the vector of a passage whose title,
     * heading path and text are unchanged only from an index that says it was embedded this same
     * way, so this changes whenever the model or what it reads does.
     */
    public static final String EMBEDDED_AS = "bge-small-en-v1.5-q; title > headings, a blank line, text";
    public static final String EMBEDDED_AS_META_KEY = "docent_embedded_as";

    /** bge-small-en-v1.5 writes 384-dimensional vectors. */
    public static final int EMBEDDING_DIMENSIONS = 384;

    /** The analyzer name a real cluster ships; the embedded node provides the same one. */
    public static final String ANALYZER = "english";
    /** Built into every Elasticsearch: identifiers arrive cut and lowercased by {@link Identifiers}. */
    public static final String IDENTIFIER_ANALYZER = "whitespace";
    /** Built into every Elasticsearch: words cut at Unicode word boundaries and lowercased. */
    public static final String WORDS_ANALYZER = "standard";

    private IndexSchema() {
    }

    public static TypeMapping mapping() {
        return mapping(Map.of());
    }

    /** With more of what the index says of itself in its {@code _meta} (how the indexer read its pages). */
    public static TypeMapping mapping(Map<String, String> moreMeta) {
        return TypeMapping.of(m -> m
                .dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                .meta(VERSION_META_KEY, JsonData.of(VERSION))
                .meta(EMBEDDED_AS_META_KEY, JsonData.of(EMBEDDED_AS))
                .meta(moreMeta.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> JsonData.of(e.getValue()))))
                .properties(KNOWLEDGE_BASE, p -> p.keyword(k -> k))
                .properties(DOCUMENT_ID, p -> p.keyword(k -> k))
                .properties(CHUNK, p -> p.integer(i -> i))
                .properties(TITLE, p -> p.text(t -> t.analyzer(ANALYZER)))
                .properties(HEADINGS, p -> p.text(t -> t.analyzer(ANALYZER)))
                .properties(TEXT, p -> p.text(t -> t.analyzer(ANALYZER)
                        .fields(TEXT_WORDS.substring(TEXT.length() + 1), words -> words.text(w -> w
                                .analyzer(WORDS_ANALYZER).indexOptions(IndexOptions.Docs).norms(false)))))
                .properties(IDENTIFIERS, p -> p.text(t -> t.analyzer(IDENTIFIER_ANALYZER)))
                .properties(HEADING_IDENTIFIERS, p -> p.text(t -> t.analyzer(IDENTIFIER_ANALYZER)))
                .properties(PAGE_PASSAGES, p -> p.integer(i -> i.index(false)))
                .properties(URL, p -> p.keyword(k -> k.index(false)))
                .properties(CONTENT_HASH, p -> p.keyword(k -> k))
                // Exact search over float vectors: an HNSW graph is not built the same way twice,
                // so two builds of unchanged docs could answer a question near a threshold
                // differently. A documentation site's few thousand passages are searched exactly
                // as fast (SciFact's 5,183: the same latency). Elasticsearch 9 would otherwise
                // pick a quantized graph (bbq_hnsw).
                .properties(EMBEDDING, p -> p.denseVector(v -> v
                        .dims(EMBEDDING_DIMENSIONS)
                        .index(true)
                        .similarity(DenseVectorSimilarity.Cosine)
                        .indexOptions(o -> o.type(DenseVectorIndexOptionsType.Flat)))));
    }
}
