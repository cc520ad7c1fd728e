package dev.docent.core.cache;

import java.util.Set;

/** A value that changes whenever what the given knowledge bases can return changes. */
@FunctionalInterface
public interface IndexVersion {

    String of(Set<String> knowledgeBases);
}
