package dev.docent.app.runtime;

import dev.docent.app.config.RelevanceModelFiles;
import dev.docent.core.relevance.RelevanceModel;

/** Reads the relevance model docent.yml names, with an error that says which file and why. */
final class RelevanceModels {

    private RelevanceModels() {
    }

    static RelevanceModel read(String file) {
        return RelevanceModelFiles.read(file);
    }
}
