package dev.docent.core.knowledge;

import dev.docent.core.question.Place;
import java.util.Set;

/** Decides which knowledge bases may answer questions asked in a place. */
@FunctionalInterface
public interface KnowledgeBaseAccess {

    Set<String> visibleTo(Place place);

    static KnowledgeBaseAccess only(Set<String> knowledgeBases) {
        Set<String> copy = Set.copyOf(knowledgeBases);
        return place -> copy;
    }
}
