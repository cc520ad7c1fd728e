package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A wiki table row's cells ({@code |Linux |[[Windows support|see notes]] |}), split at the bars
 * that are not inside a link or a picture, whose own bar parts target from text.
 */
final class WikiTableCells {

    private WikiTableCells() {
    }

    /** The cells between a row's first and last bar. */
    static List<String> of(String row) {
        String inner = row.strip();
        inner = inner.substring(inner.indexOf('|') + 1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if ((c == '[' || c == '{') && i + 1 < inner.length() && inner.charAt(i + 1) == c) {
                depth++;
                i++;
            } else if ((c == ']' || c == '}') && depth > 0 && i + 1 < inner.length() && inner.charAt(i + 1) == c) {
                depth--;
                i++;
            } else if (c == '|' && depth == 0) {
                cells.add(inner.substring(from, i));
                from = i + 1;
            }
        }
        cells.add(inner.substring(from));
        return cells;
    }
}
