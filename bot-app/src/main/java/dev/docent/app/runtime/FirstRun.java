package dev.docent.app.runtime;

import dev.docent.core.error.UserInputException;
import dev.docent.core.reindex.ReindexListener;
import java.io.PrintStream;
import java.util.Set;

/**
 * Makes sure there is something to answer from: an Elasticsearch without any knowledge base gets
 * the bundled sample, so that a fresh install answers its first question instead of failing.
 */
public final class FirstRun {

    private FirstRun() {
    }

    public static Set<String> ensureKnowledgeBases(DocentRuntime runtime, Settings settings, PrintStream err,
                                                   ReindexListener progress) {
        Set<String> names = runtime.catalog().names();
        if (!names.isEmpty()) {
            return names;
        }
        if (!settings.indexSample()) {
            throw new UserInputException("There are no knowledge bases in Elasticsearch yet: index your documentation "
                    + "with 'docent index <directory> --kb <name>'.");
        }
        err.println("No knowledge base yet: indexing the bundled sample '" + SampleKnowledgeBase.NAME
                + "' (the docs of Formwell, a fictional forms product).");
        runtime.indexer().index(SampleKnowledgeBase.NAME, SampleKnowledgeBase.source(), progress);
        return runtime.catalog().names();
    }
}
