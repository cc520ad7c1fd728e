package dev.docent.core.generation;

import java.util.Set;

/**
 * The smallest piece of a passage an extractive answer quotes: a sentence, a list item or a
 * table row. {@code list} groups the items of one list (-1 for anything else) so that a step of a
 * procedure can be quoted with its siblings.
 */
record TextUnit(String text, int position, Kind kind, int list, Set<String> terms) {

    enum Kind {
        SENTENCE,
        LIST_ITEM,
        TABLE_ROW
    }
}
