package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a text's inline code spans lie, as CommonMark pairs them: a run of backticks up to the next
 * run of the same length within the paragraph; a run nothing closes before a blank line is a backtick
 * as written. Found in one pass, so that a page of unpaired backticks costs no more than a page of words.
 */
public final class InlineCodeSpans {

    private final int[] starts;
    private final int[] ends;

    private InlineCodeSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static InlineCodeSpans of(String text) {
        List<int[]> runs = new ArrayList<>();
        for (int i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
            int end = i;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            runs.add(new int[] {i, end - i});
            i = end;
        }
        int[] nextOfSameLength = new int[runs.size()];
        Map<Integer, Integer> laterByLength = new HashMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            nextOfSameLength[r] = laterByLength.getOrDefault(runs.get(r)[1], -1);
            laterByLength.put(runs.get(r)[1], r);
        }
        int[] paragraphEnds = paragraphEnds(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int r = 0;
        while (r < runs.size()) {
            int close = nextOfSameLength[r];
            if (close < 0 || endsParagraphBetween(paragraphEnds, runs.get(r)[0], runs.get(close)[0])) {
                r++;
                continue;
            }
            starts.add(runs.get(r)[0]);
            ends.add(runs.get(close)[0] + runs.get(close)[1]);
            r = close + 1;
        }
        return new InlineCodeSpans(starts.stream().mapToInt(Integer::intValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether the character at {@code position} lies in a code span, its backticks included. */
    public boolean covers(int position) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= position) {
                low = middle + 1;
            } else if (starts[middle] > position) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    int count() {
        return starts.length;
    }

    /** Where span {@code i} (in text order) opens: its first backtick. */
    int start(int i) {
        return starts[i];
    }

    /** Where span {@code i} ends: just past its last backtick. */
    int end(int i) {
        return ends[i];
    }

    /** The line breaks that a blank line follows (or only spaces up to the end), in order. */
    private static int[] paragraphEnds(String text) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next == text.length() || text.charAt(next) == '\n') {
                breaks.add(i);
            }
        }
        return breaks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean endsParagraphBetween(int[] paragraphEnds, int from, int to) {
        int at = Arrays.binarySearch(paragraphEnds, from);
        int next = at >= 0 ? at : -at - 1;
        return next < paragraphEnds.length && paragraphEnds[next] < to;
    }
}
