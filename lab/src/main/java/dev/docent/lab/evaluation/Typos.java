package dev.docent.lab.evaluation;

import java.util.Comparator;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Puts one typo into a question, the way people mistype in chat: in its longest plain word of six
 * letters or more (not part of a name, a path or an address), two neighbouring letters swapped, one
 * left out or one doubled. The word, the kind and the place are drawn from the question's id, so a
 * set gets the same typos on every run.
 */
public final class Typos {

    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\w@./`'-])[A-Za-z]{6,}(?![\\w@./`'-])");

    private Typos() {
    }

    /** The question with one typo, or as it is when it has no word long enough. */
    public static String oneIn(String question, String id) {
        MatchResult word = PLAIN_WORD.matcher(question).results()
                .max(Comparator.comparingInt((MatchResult m) -> m.group().length()).thenComparingInt(m -> -m.start()))
                .orElse(null);
        if (word == null) {
            return question;
        }
        Random random = new Random(id.hashCode());
        String w = word.group();
        // Not the first letter, which people rarely get wrong, nor the last two.
        int at = 1 + random.nextInt(w.length() - 3);
        String typo = switch (random.nextInt(3)) {
            case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            default -> w.substring(0, at + 1) + w.substring(at);
        };
        return question.substring(0, word.start()) + typo + question.substring(word.end());
    }
}
