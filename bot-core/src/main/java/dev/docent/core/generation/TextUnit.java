package dev.docent.core.generation;

import java.util.Optional;
import java.util.Set;

/**
 * The smallest piece of a passage an extractive answer quotes: a sentence, a list item, a table
 * row or a code block. {@code group} numbers the list, table or code block a unit belongs to (-1
 * for a sentence, unless it is a short paragraph that the sentence before it announces) so that a
 * step of a procedure can be quoted with its siblings, and a table, an example or an announced
 * message with the sentence that introduces it. {@code language} is the programming language a
 * code block's fence names ("```python"), so that of an example kept once per language the
 * asker's is quoted.
 */
record TextUnit(String text, int position, Kind kind, int group, Set<String> terms, Optional<String> language) {

    enum Kind {
        SENTENCE,
        LIST_ITEM,
        TABLE_ROW,
        /** A fenced code block, quoted only with the sentence that announces it; it has no terms. */
        CODE
    }
}
