package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release of the product as documentation folders and questions name it: "v2", "1.x", "2.1.0",
 * "version-2.1.0" (Docusaurus). Only the numbers count; "x" and what follows it leave the release
 * open ("1.x" is every 1.something).
 */
public record Release(List<Integer> numbers) implements Comparable<Release> {

    private static final String NUMBERS = "(\\d{1,4}(?:\\.(?:\\d{1,4}|x)){0,2})";
    private static final Pattern FOLDER = Pattern.compile("(?:v|version-?)?" + NUMBERS, Pattern.CASE_INSENSITIVE);
    /** A plain number is a folder's release only after "v" ("v2"); "2.0" and "1.x" need no prefix, "2024" is not one. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    private static final Pattern IN_QUESTION = Pattern.compile(
            "(?<![\\w.])(?:v|versions?\\s+)" + NUMBERS + "(?![\\w])"
                    + "|(?<![\\w.])(\\d{1,4}\\.(?:\\d{1,4}|x)(?:\\.\\d{1,4})?)(?!\\.?\\w)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A changelog's entry heading: a release number alone or with its date ("2.28.1 (2022-06-29)",
     * "[1.2.0] - 2023-01-01"), or after "v", "Version" or "Release" ("v9.0.0", "Version 2.3"), also
     * after the date (SQLite's news: "2006-10-09 - Version 3.3.8"). Not a manual's numbered heading
     * ("2.3 Configuring the server").
     */
    private static final Pattern ENTRY_HEADING = Pattern.compile(
            "^\\s*(?:(?:\\d{4}-\\d{2}-\\d{2}\\s*[-\u2013\u2014:]?\\s*)?(?:v|version|release)\\s*\\d{1,4}(?:\\.\\d{1,4}){1,3}\\b.*"
                    + "|\\[?\\d{1,4}(?:\\.\\d{1,4}){1,3}(?:[-+][0-9a-z.]+)?]?\\s*(?:\\(.*\\)|[-\u2013\u2014:]\\s*\\S*\\d{4}\\S*)?\\s*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Comparator<List<Integer>> BY_NUMBERS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    public Release {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a release has at least a major number");
        }
        numbers = List.copyOf(numbers);
    }

    /** The release a folder of the docs is for, if its name is one ("v2", "1.x", "2.1", "version-2.1.0"). */
    public static Optional<Release> ofFolder(String name) {
        Matcher folder = FOLDER.matcher(name);
        if (!folder.matches() || PLAIN_NUMBER.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(parse(folder.group(1)));
    }

    /** The releases a question names: "v8", "version 2", "after upgrading to 8.3.0", "on 1.x". */
    public static Set<Release> namedIn(String question) {
        Set<Release> named = new LinkedHashSet<>();
        Matcher matcher = IN_QUESTION.matcher(question);
        while (matcher.find()) {
            named.add(parse(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
        }
        return named;
    }

    /** Whether a heading opens a changelog's entry for a release, see {@link #ENTRY_HEADING}. */
    static boolean headsAnEntry(String heading) {
        return ENTRY_HEADING.matcher(heading).matches();
    }

    /** Whether this release and the named one agree on every number both give: "1.x" covers "1.4", "2.1" covers "2". */
    public boolean covers(Release named) {
        for (int i = 0; i < Math.min(numbers.size(), named.numbers.size()); i++) {
            if (!numbers.get(i).equals(named.numbers.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Release other) {
        return BY_NUMBERS.compare(numbers, other.numbers);
    }

    private static Release parse(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("\\.")) {
            if (part.equalsIgnoreCase("x")) {
                break;
            }
            numbers.add(Integer.parseInt(part));
        }
        return new Release(numbers);
    }
}
