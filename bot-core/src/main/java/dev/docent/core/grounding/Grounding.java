package dev.docent.core.grounding;

import java.util.Set;

/**
 * Answers a standalone question from the documentation of the given knowledge bases: retrieve,
 * keep what is relevant, write and verify a cited answer. The decorators (a cache) implement it too.
 */
@FunctionalInterface
public interface Grounding {

    GroundedAnswer answer(String question, Set<String> knowledgeBases);
}
