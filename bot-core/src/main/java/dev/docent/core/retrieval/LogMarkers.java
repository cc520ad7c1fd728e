package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted log repeats its level marker on every line - "npm ERR!", "[ERROR]", "WARN" - and the
 * search weighs a word as often as the question writes it: a dozen "npm ERR!" outweighed the one
 * line that says what went wrong, and lowered the confidence that the docs answer it (npm's
 * ERESOLVE log, 0.48 against 0.64 without them). The marker stays where it first appears, with
 * the word that leads every one of its lines ("npm"); its repeats are left out of what is searched.
 * Flattened onto one line, as an issue's excerpt is, the log repeats it all the same.
 */
final class LogMarkers {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern MARKER = Pattern.compile(
            "\\[(?i:err|error|warn|warning|info|debug|fatal|trace|notice|verbose)]:?"
                    + "|(?i:err|error|warn|warning|info|debug|fatal|trace|notice|verbose)[!:]"
                    + "|(?:ERR|ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|NOTICE)!?");
    /** Fewer is a message that says "Error:" twice, not a log. */
    private static final int REPEATS = 3;
    private static final Pattern SPACES_AFTER = Pattern.compile("^[ \\t]*");

    private LogMarkers() {
    }

    /** The text with each repeated marker kept once. */
    static String keptOnce(String text) {
        Map<String, List<int[]>> markers = new LinkedHashMap<>();
        Matcher token = TOKEN.matcher(text);
        int previousStart = -1;
        int previousEnd = -1;
        while (token.find()) {
            if (MARKER.matcher(token.group()).matches()) {
                markers.computeIfAbsent(token.group(), m -> new ArrayList<>())
                        .add(new int[] {token.start(), token.end(), previousStart, previousEnd});
            }
            previousStart = token.start();
            previousEnd = token.end();
        }
        List<int[]> repeats = new ArrayList<>();
        for (List<int[]> spans : markers.values()) {
            if (spans.size() >= REPEATS) {
                boolean ledByOneWord = ledBySameWord(text, spans);
                for (int[] span : spans.subList(1, spans.size())) {
                    repeats.add(new int[] {ledByOneWord ? span[2] : span[0], span[1]});
                }
            }
        }
        if (repeats.isEmpty()) {
            return text;
        }
        repeats.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder kept = new StringBuilder(text);
        for (int[] span : repeats) {
            Matcher spaces = SPACES_AFTER.matcher(kept.subSequence(span[1], kept.length()));
            kept.delete(span[0], span[1] + (spaces.find() ? spaces.end() : 0));
        }
        return kept.toString();
    }

    private static boolean ledBySameWord(String text, List<int[]> spans) {
        String first = null;
        for (int[] span : spans) {
            if (span[2] < 0) {
                return false;
            }
            String word = text.substring(span[2], span[3]);
            if (first == null) {
                first = word;
            } else if (!first.equals(word)) {
                return false;
            }
        }
        return first != null && first.chars().allMatch(Character::isLetter);
    }
}
