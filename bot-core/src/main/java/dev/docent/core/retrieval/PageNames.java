package dev.docent.core.retrieval;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.Identifiers;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a question refers to a page by name. Reference pages are titled by what they document - a
 * rule, a class, a CLI flag - and a question that names one is usually about it; while changelogs,
 * migration guides and lists of deprecations (pytest's "Deprecations and Removals", Node's
 * `deprecations.md`) mention every name and settle little.
 */
final class PageNames {

    private static final Pattern BROAD = Pattern.compile(
            "migrat|upgrad|changelog|change log|release|what.?s.?new|glossary|history|deprecations\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LANDING_FILES = Set.of("index", "readme", "_index");
    private static final int MIN_NAME_CHARS = 4;
    private static final Pattern PATH_SEPARATOR = Pattern.compile("::|\\.");
    /** One word or code span, then a dash or colon and the description: a reference page's title. */
    private static final Pattern NAME_THEN_DESCRIPTION = Pattern.compile("^\\s*(`[^`]+`|[^\\s`]+)\\s*(?:[-\u2013\u2014]|:)\\s+\\S");

    private PageNames() {
    }

    /**
     * Whether the question names the page's title, or the name a reference page's title leads with
     * ("`MD041` - First line in a file should be a top-level heading", "os.path — Common pathname
     * manipulations"): askers write the name, not the description after it.
     */
    static boolean titleNamed(String title, String questionLowerCase, Set<String> identifiers) {
        String bare = title.replace("`", "");
        if (named(bare, questionLowerCase, identifiers)) {
            return true;
        }
        Matcher head = NAME_THEN_DESCRIPTION.matcher(title);
        if (!head.find()) {
            return false;
        }
        String name = head.group(1).replace("`", "");
        boolean code = head.group(1).startsWith("`");
        return (code || Identifiers.of(name).contains(name.toLowerCase(Locale.ROOT)))
                && named(name, questionLowerCase, identifiers);
    }

    /**
     * Whether the question writes, as it is spelled, the name an API reference page is titled by
     * after its kind: "What does Dialog do?" names "class: Dialog", and "What does Punctuated do?"
     * rustdoc's "Struct syn::punctuated::Punctuated"; "wait for the page to load" does not name
     * "class: Page".
     */
    static boolean typeNamed(String title, String question) {
        if (!ApiKinds.hasKind(title)) {
            return false;
        }
        String[] path = PATH_SEPARATOR.split(ApiKinds.withoutKind(title).replace("`", "").strip());
        String name = path[path.length - 1];
        return name.length() >= MIN_NAME_CHARS && containsWhole(question, name);
    }

    /**
     * Whether {@code name} appears in the question as a whole word or phrase, or as one of its
     * identifiers - a dotted one also with fewer of its qualifiers: an API reference page titled
     * "pandas.DataFrame.xs" is named by "Dataframe.xs", as askers write it.
     */
    static boolean named(String name, String questionLowerCase, Set<String> identifiers) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < MIN_NAME_CHARS) {
            return false;
        }
        if (identifiers.contains(wanted) || isDotted(wanted) && identifiers.stream()
                .anyMatch(identifier -> isDotted(identifier) && Identifiers.sameName(wanted, identifier))) {
            return true;
        }
        return containsWhole(questionLowerCase, wanted);
    }

    private static boolean isDotted(String name) {
        return name.indexOf('.') > 0 && name.indexOf(' ') < 0;
    }

    /** Whether {@code text} holds {@code name} as a whole word or phrase, not inside a longer name. */
    private static boolean containsWhole(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!isNamePart(text, at - 1) && !isNamePart(text, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    /** The page's file name without folder and extension, unless it is a folder's landing page. */
    static String fileName(String documentId) {
        String file = documentId.substring(documentId.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String name = dot > 0 ? file.substring(0, dot) : file;
        return LANDING_FILES.contains(name.toLowerCase(Locale.ROOT)) ? "" : name;
    }

    /**
     * Whether a page is a changelog, a migration guide or the like by its title or path: "What's New
     * In Python 3.11", pandas' and Python's {@code whatsnew/} and matplotlib's {@code whats_new} folders,
     * or a page titled by the release it is the notes of (pandas' "Version 0.18.0 (March 13, 2016)").
     */
    static boolean broad(String title, String documentId) {
        return BROAD.matcher(title).find() || BROAD.matcher(documentId).find() || Release.headsAnEntry(title);
    }

    /** The share of the title's content words that the question uses. */
    static double titleCoverage(String title, Set<String> questionTerms) {
        return EnglishTerms.coverage(EnglishTerms.of(title), questionTerms);
    }

    private static boolean isNamePart(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
