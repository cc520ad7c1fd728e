package dev.docent.app.runtime;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.indexer.source.DocumentSource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The knowledge bases Docent can reindex by name alone - from the command line or a chat admin's
 * reindex - and where each one's documents come from: the bundled sample, which ships with Docent,
 * and every knowledge base docent.yml gives sources (which win over the sample's).
 */
public final class ReindexSources {

    private ReindexSources() {
    }

    public static Map<String, Supplier<DocumentSource>> of(DocentConfig config, SourceFactory factory) {
        Map<String, Supplier<DocumentSource>> sources = new HashMap<>();
        sources.put(SampleKnowledgeBase.NAME, SampleKnowledgeBase::source);
        config.knowledgeBases().forEach((name, kb) -> {
            if (!kb.sources().isEmpty()) {
                sources.put(name, () -> factory.create(kb.sources()));
            }
        });
        return Map.copyOf(sources);
    }
}
