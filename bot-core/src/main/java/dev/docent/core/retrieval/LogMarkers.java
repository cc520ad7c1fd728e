package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted log repeats its level marker on every line - "npm ERR!", "[ERROR]", "WARN" - and the
 * search weighs a word as often as the question writes it: a dozen "npm ERR!" outweighed the one
 * line that says what went wrong, and lowered the confidence that the docs answer it (npm's
 * ERESOLVE log, 0.48 against 0.63 without them). The marker stays where it first appears, with
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

    /** Where a marker stands, and the word before it (start -1 when it opens the text). */
    private record Occurrence(int start, int end, int wordStart, int wordEnd) {
    }

    private record Span(int start, int end) {
    }

    /** The text with each repeated marker kept once. */
    static String keptOnce(String text) {
        Map<String, List<Occurrence>> markers = new LinkedHashMap<>();
        Matcher token = TOKEN.matcher(text);
        int wordStart = -1;
        int wordEnd = -1;
        while (token.find()) {
            if (MARKER.matcher(token.group()).matches()) {
                markers.computeIfAbsent(token.group(), m -> new ArrayList<>())
                        .add(new Occurrence(token.start(), token.end(), wordStart, wordEnd));
            }
            wordStart = token.start();
            wordEnd = token.end();
        }
        List<Span> repeats = new ArrayList<>();
        for (List<Occurrence> occurrences : markers.values()) {
            if (occurrences.size() >= REPEATS) {
                boolean ledByOneWord = ledBySameWord(text, occurrences);
                for (Occurrence repeat : occurrences.subList(1, occurrences.size())) {
                    repeats.add(new Span(ledByOneWord ? repeat.wordStart() : repeat.start(), repeat.end()));
                }
            }
        }
        if (repeats.isEmpty()) {
            return text;
        }
        repeats.sort(Comparator.comparingInt(Span::start).reversed());
        StringBuilder kept = new StringBuilder(text);
        for (Span repeat : repeats) {
            Matcher spaces = SPACES_AFTER.matcher(kept.subSequence(repeat.end(), kept.length()));
            kept.delete(repeat.start(), repeat.end() + (spaces.find() ? spaces.end() : 0));
        }
        return kept.toString();
    }

    private static boolean ledBySameWord(String text, List<Occurrence> occurrences) {
        String first = null;
        for (Occurrence occurrence : occurrences) {
            if (occurrence.wordStart() < 0) {
                return false;
            }
            String word = text.substring(occurrence.wordStart(), occurrence.wordEnd());
            if (first == null) {
                first = word;
            } else if (!first.equals(word)) {
                return false;
            }
        }
        return first != null && first.chars().allMatch(Character::isLetter);
    }
}
