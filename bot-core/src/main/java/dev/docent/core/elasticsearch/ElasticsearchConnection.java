package dev.docent.core.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docent.core.error.Causes;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * One Elasticsearch cluster - through one node or several - and the typed clients that talk to it.
 * With several nodes, requests go round-robin and a node that stops answering is skipped (the
 * client marks it dead and tries the next one), so a cluster that loses a node keeps serving.
 * Every call goes through
 * {@link #call} so that a dead or misconfigured cluster surfaces as one clear
 * {@link ElasticsearchUnavailableException}, never as a transport stack trace.
 */
public final class ElasticsearchConnection implements AutoCloseable {

    /** A request to Elasticsearch through the blocking client. */
    @FunctionalInterface
    public interface Call<T> {
        T apply(ElasticsearchClient client) throws IOException;
    }

    /** A request to Elasticsearch through the asynchronous client. */
    @FunctionalInterface
    public interface AsyncCall<T> {
        CompletableFuture<T> apply(ElasticsearchAsyncClient client);
    }

    private static final String PLAIN_JSON = "application/json";
    private static final int DELETE_PAGE = 1_000;
    /** Records with java.time fields are stored as ISO-8601 strings, which Elasticsearch dates read. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final String where;
    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;

    private ElasticsearchConnection(String where, ElasticsearchClient client) {
        this.where = where;
        this.client = client;
        this.asyncClient = new ElasticsearchAsyncClient(client._transport());
    }

    public static ElasticsearchConnection open(URI uri, Optional<String> apiKey) {
        return open(List.of(uri), apiKey);
    }

    /** @param nodes the HTTP addresses of some or all of the cluster's nodes */
    public static ElasticsearchConnection open(List<URI> nodes, Optional<String> apiKey) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("No Elasticsearch node to connect to");
        }
        ElasticsearchClient client = ElasticsearchClient.of(b -> {
            // The 9.x client asks for "compatible-with=9" media types, which 8.x clusters refuse;
            // plain JSON is understood by both, so Docent works with 8.19 and 9.x alike.
            b.hosts(nodes)
                    .jsonMapper(new JacksonJsonpMapper(JSON))
                    .transportOptions(o -> o
                            .setHeader("Accept", PLAIN_JSON)
                            .setHeader("Content-Type", PLAIN_JSON));
            apiKey.filter(k -> !k.isBlank()).ifPresent(b::apiKey);
            return b;
        });
        return new ElasticsearchConnection(nodes.stream().map(URI::toString).collect(Collectors.joining(", ")), client);
    }

    public <T> T call(Call<T> call) {
        try {
            return call.apply(client);
        } catch (IOException e) {
            throw unavailable(e);
        } catch (ElasticsearchException e) {
            throw refusedOrRethrow(e);
        }
    }

    public <T> CompletableFuture<T> callAsync(AsyncCall<T> call) {
        return call.apply(asyncClient).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            RuntimeException translated = switch (cause) {
                case IOException io -> unavailable(io);
                case ElasticsearchException es -> refusedOrRethrow(es);
                case RuntimeException other -> other;
                default -> new CompletionException(cause);
            };
            return CompletableFuture.failedFuture(translated);
        });
    }

    /**
     * Writes a document only if no document has its id yet; returns false if one had. This is how
     * replicas agree on "first" without talking to each other: Elasticsearch decides.
     */
    public boolean createIfAbsent(String index, String id, Object document) {
        try {
            call(c -> c.create(r -> r.index(index).id(id).document(document)));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes every document the query matches; returns how many. In pages of search-then-bulk-delete,
     * as not every cluster has delete-by-query (the embedded node lacks the module).
     */
    public int deleteMatching(String index, Query query) {
        int deleted = 0;
        while (true) {
            List<String> ids = call(c -> c.search(s -> s.index(index).size(DELETE_PAGE).source(src -> src.fetch(false))
                    .query(query), Void.class)).hits().hits().stream().map(Hit::id).toList();
            if (ids.isEmpty()) {
                return deleted;
            }
            call(c -> c.bulk(b -> {
                ids.forEach(id -> b.operations(op -> op.delete(d -> d.index(index).id(id))));
                return b.refresh(Refresh.True);
            }));
            deleted += ids.size();
        }
    }

    /** Sets these fields of a document, leaving the others as they are; returns false if there is no such document. */
    public boolean updateIfPresent(String index, String id, Map<String, ?> fields) {
        try {
            call(c -> c.update(u -> u.index(index).id(id).doc(fields).refresh(Refresh.WaitFor), Map.class));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes a document; returns false if there was none. Elasticsearch reports the deletion to
     * one caller only, so of several replicas deleting the same document at once, one gets true.
     */
    public boolean deleteIfPresent(String index, String id, Refresh refresh) {
        try {
            return call(c -> c.delete(d -> d.index(index).id(id).refresh(refresh))).result() == Result.Deleted;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Creates an index unless it exists; safe when several replicas start at once. An index made by
     * an earlier version gets the fields this mapping adds (a field's type never changes in place).
     */
    public void ensureIndex(String index, TypeMapping mapping) {
        if (call(c -> c.indices().exists(r -> r.index(index)).value())) {
            addFields(index, mapping);
            return;
        }
        try {
            call(c -> c.indices().create(r -> r.index(index)
                    .settings(IndexLayout.settings())
                    .mappings(mapping)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /**
     * Gives an existing index (or the indices behind an alias) the fields of this mapping it lacks:
     * one an earlier version made would refuse, with a strict mapping, documents that carry them.
     * Its {@code _meta} stays as it was.
     */
    public void addFields(String indexOrAlias, TypeMapping mapping) {
        var indices = call(c -> c.indices().getMapping(g -> g.index(indexOrAlias))).mappings();
        indices.forEach((index, existing) -> {
            Map<String, Property> present = existing.mappings().properties();
            // A field it has stays as it was: some settings only go one way (an HNSW vector field
            // cannot become an exactly searched one), and a type never changes in place. Objects
            // are sent again so that Elasticsearch adds the sub-fields they gained.
            Map<String, Property> toAdd = new LinkedHashMap<>();
            mapping.properties().forEach((name, property) -> {
                if (!present.containsKey(name) || property.isObject() || property.isNested()) {
                    toAdd.put(name, property);
                }
            });
            if (!toAdd.isEmpty()) {
                call(c -> c.indices().putMapping(r -> r.index(index).dynamic(mapping.dynamic()).properties(toAdd)));
            }
        });
    }

    /** Checks that the cluster answers, so that a bad address fails at start and not at the first question. */
    public void verify() {
        call(ElasticsearchClient::info);
    }

    private ElasticsearchUnavailableException unavailable(IOException e) {
        return new ElasticsearchUnavailableException("Elasticsearch is not reachable at " + where + ": " + Causes.describe(e), e);
    }

    private RuntimeException refusedOrRethrow(ElasticsearchException e) {
        return switch (e.status()) {
            case 401 -> new ElasticsearchUnavailableException(
                    "Elasticsearch at " + where + " rejected Docent's credentials: check ES_API_KEY.", e);
            case 403 -> new ElasticsearchUnavailableException(
                    "Elasticsearch at " + where + " refused the request: the API key lacks a privilege ("
                            + e.error().reason() + ").", e);
            case 429, 502, 503, 504 -> new ElasticsearchUnavailableException(
                    "Elasticsearch at " + where + " is not ready or overloaded (HTTP " + e.status() + "): try again shortly.", e);
            default -> e;
        };
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            // Closing a transport to a node that is already gone is not worth reporting.
        }
    }
}
