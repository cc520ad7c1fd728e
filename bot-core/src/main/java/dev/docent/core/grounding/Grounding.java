package dev.docent.core.grounding;

import java.util.Collection;
import java.util.Set;

/**
 * Answers a standalone question from the documentation of the given knowledge bases: retrieve,
 * keep what is relevant, write and verify a cited answer; and says which names a question asks about
 * that the documentation never mentions. The decorators (a cache) implement it too.
 */
public interface Grounding {

    GroundedAnswer answer(String question, Set<String> knowledgeBases);

    /** The names (rules, options, flags) the question's subject line uses that no page mentions, as it writes them. */
    Set<String> unmentionedNames(String question, Set<String> knowledgeBases);

    /** The words, as given, that no page uses in any form that starts as the word does. */
    Set<String> unusedWords(Collection<String> words, Set<String> knowledgeBases);
}
