package dev.docent.core.retrieval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is a workspace?", "What does the GIL do?", "What does CORS mean?": a short question that asks
 * what one term is. A glossary defines it under a heading of that name, but a glossary is one of the
 * broad pages the page ranker weighs down (it names every term and settles little for other
 * questions): Python's glossary, which defines "global interpreter lock (GIL)", was not among the
 * cited pages for "What does the GIL do?". A broad page whose section is headed by the asked term is
 * not broad for that question.
 */
public final class AskedTerm {

    /** The term of a question that asks what something is ({@link SearchQuery#asksWhatItIs}) in one of these words. */
    private static final Pattern ASKS = Pattern.compile(
            "\\s*what(?:'s|\\s+is|\\s+are|\\s+does|\\s+do)\\s+(?:(?:an?|the)\\s+)?(.{1,60}?)"
                    + "(?:\\s+(?:mean|do|stand\\s+for))?\\s*\\?*\\s*", Pattern.CASE_INSENSITIVE);
    /** A heading's other names in parentheses: "global interpreter lock (GIL)", "argument (keyword argument)". */
    private static final Pattern OTHER_NAMES = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$");

    private AskedTerm() {
    }

    /** The term a short "what is X?" question asks about, in lower case. */
    public static Optional<String> of(String question) {
        return of(SearchQuery.of(question));
    }

    static Optional<String> of(SearchQuery query) {
        // Asking what something is, on one short line, is a short question too: no subject line to read apart.
        if (!query.asksWhatItIs()) {
            return Optional.empty();
        }
        Matcher asks = ASKS.matcher(query.text());
        return asks.matches() ? Optional.of(plain(asks.group(1))) : Optional.empty();
    }

    /** Whether the heading names the term: by its name or one of its other names, singular or plural. */
    public static boolean heads(String heading, String term) {
        Matcher other = OTHER_NAMES.matcher(heading.strip());
        String[] names = other.matches()
                ? (other.group(1) + "," + other.group(2)).split(",")
                : new String[] {heading};
        return Arrays.stream(names).map(AskedTerm::plain)
                .anyMatch(name -> name.equals(term) || (name + "s").equals(term) || name.equals(term + "s"));
    }

    private static String plain(String words) {
        return words.replace("`", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
