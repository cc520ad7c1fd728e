package dev.docent.indexer.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A knowledge base fed by several sources. Each document id is prefixed with its source's number
 * ({@code 1/guides/setup.md}) so that two sources may both have a README without one replacing
 * the other; keep the order of sources stable, or their documents are re-indexed once.
 */
public final class CompositeSource implements DocumentSource {

    private final List<DocumentSource> sources;

    private CompositeSource(List<DocumentSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The one source itself, or several combined. */
    public static DocumentSource of(List<DocumentSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A knowledge base needs at least one source");
        }
        return sources.size() == 1 ? sources.getFirst() : new CompositeSource(sources);
    }

    @Override
    public String describe() {
        return sources.stream().map(DocumentSource::describe).collect(Collectors.joining(" + "));
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        List<SourceDocument> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String prefix = (i + 1) + "/";
            for (SourceDocument d : sources.get(i).list()) {
                all.add(new SourceDocument(prefix + d.id(), d.url(), d.format(), d.content()));
            }
        }
        return all;
    }

    @Override
    public Map<String, Integer> unreadDocumentation() throws IOException {
        Map<String, Integer> all = new TreeMap<>();
        for (DocumentSource source : sources) {
            source.unreadDocumentation().forEach((extension, count) -> all.merge(extension, count, Integer::sum));
        }
        return all;
    }
}
