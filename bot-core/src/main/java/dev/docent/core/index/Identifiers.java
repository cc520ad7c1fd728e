package dev.docent.core.index;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code-like names in a text - {@code no-unused-vars}, {@code page.setInputFiles},
 * {@code --max-warnings}, {@code -x}, {@code parserOptions.ecmaVersion}, {@code max_len}, and whatever is
 * written in backticks - as the lowercase terms of the index's identifier field. The English
 * analyzer cuts such names into common words ("no", "unused", "vars") or keeps a dotted path as one
 * term that a shorter mention never matches; here a name stays whole, and a dotted or slashed name
 * also gives each of its parts, so {@code parserOptions.ecmaVersion} meets a page that says
 * {@code ecmaVersion}. The indexer and the query use this one class, so both sides cut names alike.
 */
public final class Identifiers {

    /** A run of characters that can make up a name; quotes, brackets, commas and '=' end it. */
    private static final Pattern CANDIDATE = Pattern.compile("[\\p{L}\\p{N}_$.\\-/:#@]+");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]{1,100})`");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2}\\p{Ll}");
    private static final Pattern INNER_JOINER = Pattern.compile("[\\p{L}\\p{N}][._\\-/#@]|::[\\p{L}]|[\\p{L}\\p{N}]:[\\p{L}]");
    private static final Pattern PARTS = Pattern.compile("::|[./#@:]");
    private static final Pattern CODE = Pattern.compile("\\p{Lu}{1,8}(?!(?:19|20)\\d{2}$)\\d{3,6}");
    private static final Pattern INNER_SEPARATOR = Pattern.compile("(?<=[\\p{L}\\p{N}])_(?=[\\p{L}\\p{N}])");
    private static final int MIN_CHARS = 2;
    /**
     * A command's short flag ({@code -x}, {@code -k}, {@code -rA}) keeps its dash: without it, it is
     * a letter or two, too short to be a name, and {@code x} would meet every variable called x.
     */
    private static final Pattern SHORT_FLAG = Pattern.compile("-\\p{L}{1,2}");
    private static final int MAX_CHARS = 80;

    private Identifiers() {
    }

    /** The identifier terms of a text, in order of first appearance, each once. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        Matcher backticked = BACKTICKED.matcher(text);
        while (backticked.find()) {
            String code = backticked.group(1);
            // A backticked phrase ("used before it was defined") is quoted text, not a name.
            boolean phrase = code.strip().split("\\s+").length > 2;
            Matcher words = CANDIDATE.matcher(code);
            while (words.find()) {
                add(words.group(), !phrase, terms);
            }
        }
        Matcher candidates = CANDIDATE.matcher(text);
        while (candidates.find()) {
            add(candidates.group(), false, terms);
        }
        return withJoinedSpellings(terms);
    }

    /**
     * One name is spelled two ways across a product's docs and its users' code: {@code setInputFiles}
     * in the JavaScript reference, {@code set_input_files} in Python ({@code MAX_RETRIES} in the
     * environment for the {@code maxRetries} option). Lowercased, camelCase already reads
     * "setinputfiles"; a term with an inner '_' also gives its spelling without it, after every term
     * as written (a query keeps only its first few names). Kebab-case is left alone: joining
     * {@code --no-eslintrc} and the like cost the ESLint dev set's tune half a cited answer.
     */
    private static Set<String> withJoinedSpellings(Set<String> terms) {
        Set<String> all = new LinkedHashSet<>(terms);
        for (String term : terms) {
            String joined = joinedSpelling(term);
            if (!joined.equals(term)) {
                all.add(joined);
            }
        }
        return all;
    }

    /** A snake_case term without its inner underscores ({@code set_input_files} as {@code setinputfiles}); any other as it is. */
    public static String joinedSpelling(String term) {
        return INNER_SEPARATOR.matcher(term).replaceAll("");
    }

    /**
     * The names a text writes, whole: {@link #of} without the parts it adds for a dotted or slashed
     * name ({@code util.promisify}, not {@code util} and {@code promisify}).
     */
    public static Set<String> names(String text) {
        Set<String> names = of(text);
        Set<String> parts = new HashSet<>();
        for (String name : names) {
            String[] split = PARTS.split(name);
            if (split.length > 1) {
                parts.addAll(List.of(split));
            }
        }
        names.removeAll(parts);
        return names;
    }

    /**
     * Whether two names are one, written with or without what qualifies it: {@code promisify} and
     * {@code util.promisify}, {@code parseroptions.ecmaversion} and {@code ecmaversion}, {@code linter#verify}
     * and {@code linter.verify}; not
     * {@code require.resolve} and {@code import.meta.resolve}, which share only their last part.
     */
    public static boolean sameName(String a, String b) {
        String dottedA = PARTS.matcher(a).replaceAll(".");
        String dottedB = PARTS.matcher(b).replaceAll(".");
        return dottedA.equals(dottedB) || dottedA.endsWith("." + dottedB) || dottedB.endsWith("." + dottedA);
    }

    /** The terms joined by spaces: what the identifier field (whitespace analyzer) is given. */
    public static String asFieldText(String text) {
        return String.join(" ", of(text));
    }

    private static void add(String raw, boolean quotedAsCode, Set<String> terms) {
        if (SHORT_FLAG.matcher(raw).matches()) {
            terms.add(raw.toLowerCase(Locale.ROOT));
            return;
        }
        String name = trim(raw);
        if (name.contains("://")) {
            return; // a link, not a name
        }
        if (name.length() < MIN_CHARS || name.length() > MAX_CHARS || !hasLetter(name)) {
            return;
        }
        boolean flag = raw.startsWith("-") && name.length() > 2 && Character.isLetter(name.charAt(0));
        if (!quotedAsCode && !flag && !looksLikeName(name)) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        terms.add(lower);
        String[] parts = PARTS.split(lower);
        if (parts.length > 1) {
            for (String part : parts) {
                if (part.length() >= MIN_CHARS && hasLetter(part)) {
                    terms.add(part);
                }
            }
        }
    }

    /** Leading dashes (CLI flags) and trailing punctuation or call parentheses are not part of the name. */
    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && "-.:/#@".indexOf(raw.charAt(start)) >= 0 && !(raw.charAt(start) == '@' && start + 1 < end
                && Character.isLetter(raw.charAt(start + 1)) && raw.indexOf('/', start) > 0)) {
            start++;
        }
        while (end > start && "-.:/#@_".indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean looksLikeName(String name) {
        if (CAMEL.matcher(name).find() || name.indexOf('_') > 0 || isCode(name) || isDunder(name)) {
            return true;
        }
        Matcher joiner = INNER_JOINER.matcher(name);
        while (joiner.find()) {
            int after = joiner.end();
            if (after < name.length() && (Character.isLetterOrDigit(name.charAt(after)) || name.charAt(after) == ':')) {
                return !isAbbreviation(name);
            }
        }
        return false;
    }

    /**
     * An error, warning or rule code: capitals, then three digits or more ("FSTDEP010", "TS2345",
     * "MD013", "E11000"). Users paste them alone ("I get FSTDEP012 in my logs"), and the docs' table
     * row that explains one says little else, so the words around it could not find it. Not a year
     * ("ES2015" names a language edition that pages mention in passing).
     */
    private static boolean isCode(String name) {
        return CODE.matcher(name).matches();
    }

    /**
     * Node's {@code __dirname}, Python's {@code __init__}, {@code __proto__}: names the language
     * reserves start with two underscores, and users paste them in error messages without backticks
     * ("ReferenceError: __dirname is not defined"). One leading underscore is left alone: it is also
     * Markdown's emphasis ("_really_").
     */
    private static boolean isDunder(String name) {
        return name.length() > 2 && name.startsWith("__") && Character.isLetter(name.charAt(2));
    }

    /** "e.g", "i.e", "U.S": dotted single letters are prose, not names. */
    private static boolean isAbbreviation(String name) {
        for (String part : name.split("\\.")) {
            if (part.length() > 1) {
                return false;
            }
        }
        return name.indexOf('.') > 0;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
