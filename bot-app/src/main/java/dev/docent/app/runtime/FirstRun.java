package dev.docent.app.runtime;

import dev.docent.core.error.UserInputException;
import dev.docent.core.reindex.ReindexListener;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Set;

/**
 * Makes sure there is something to answer from: an Elasticsearch without any knowledge base gets
 * the bundled sample, so that a fresh install answers its first question instead of failing. The
 * sample asked for by name ({@code --kb sample}) is indexed too when it is missing: the docs'
 * commands use it, and a machine that indexed its own documentation first would otherwise answer
 * "unknown knowledge base" for a knowledge base that ships with Docent. A command that names only
 * other knowledge bases answers from those or says they are unknown: indexing the sample then would
 * be work nobody asked for.
 */
public final class FirstRun {

    private FirstRun() {
    }

    /**
     * @param wanted the knowledge bases the command was asked to use by name; empty for all there are
     * @return the knowledge bases a question that names none is answered from
     */
    public static Set<String> ensureKnowledgeBases(DocentRuntime runtime, Settings settings, Collection<String> wanted,
                                                   PrintStream err, ReindexListener progress) {
        Set<String> names = runtime.catalog().answeringByDefault();
        if (!wanted.isEmpty() && !wanted.contains(SampleKnowledgeBase.NAME)) {
            return names;
        }
        boolean sampleMissing = wanted.contains(SampleKnowledgeBase.NAME) && !names.contains(SampleKnowledgeBase.NAME);
        if (!names.isEmpty() && !(sampleMissing && settings.indexSample())) {
            return names;
        }
        if (!settings.indexSample()) {
            throw new UserInputException("There are no knowledge bases in Elasticsearch yet: index your documentation "
                    + "with 'docent index <directory> --kb <name>'.");
        }
        err.println((names.isEmpty() ? "No knowledge base yet" : "The sample is not indexed yet")
                + ": indexing the bundled sample '" + SampleKnowledgeBase.NAME
                + "' (the docs of Formwell, a fictional forms product).");
        runtime.indexer().index(SampleKnowledgeBase.NAME, SampleKnowledgeBase.source(), progress);
        return runtime.catalog().answeringByDefault();
    }
}
