package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documentation for several language bindings keeps one guide per language ("intro-python.md",
 * "java/getting-started.md", "Writing tests (C#)"), and the guides share nearly every word. When a
 * question names its language - "in Python", a pasted ```java block, code only Python writes - pages
 * written for another language are set aside: citing the Java guide to a Python user answers the wrong question. So
 * are a page's sections for another language when the answer is drawn from its passages. A
 * question that names no language, or several, keeps every page; so does one whose every candidate
 * is for another language. This is a rule, not a learned weight: neither dev set has language variants to
 * learn from (README, "Answer quality").
 */
public final class LanguageVariants {

    /** Each language and the words that name it, in questions and in page paths or titles. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "python", List.of("python", "py", "pytest", "pip"),
            "java", List.of("java", "maven", "gradle", "junit"),
            "javascript", List.of("javascript", "js", "node", "nodejs", "node.js", "typescript", "ts", "npm"),
            "csharp", List.of("c#", "csharp", ".net", "dotnet", "net", "nunit", "mstest"),
            "ruby", List.of("ruby", "rails", "rb"),
            "php", List.of("php", "composer"),
            "go", List.of("go", "golang"),
            "rust", List.of("rust", "cargo"),
            "kotlin", List.of("kotlin", "kt"),
            "swift", List.of("swift"));
    /** Words that name a language in a question only when they stand as a language, not as English. */
    private static final Set<String> AMBIGUOUS_IN_PROSE = Set.of("py", "pip", "node", "ts", "net", "rb", "kt", "cargo",
            "composer", "rails", "swift", "rust", "maven", "go");
    private static final Pattern WORD = Pattern.compile("c#|\\.net|node\\.js|[a-z][a-z0-9+]*");
    private static final Pattern FENCE = Pattern.compile("```\\s*([a-z#+]+)");
    /** A section's own line saying whom it is for, as Playwright's sources write it: "* langs: java, python". */
    private static final Pattern LANGUAGES_LINE = Pattern.compile("^\\s*(?:[-*+]\\s+)?lang(?:uage)?s\\s*:\\s*([^\\n]+)",
            Pattern.CASE_INSENSITIVE);

    private LanguageVariants() {
    }

    /**
     * The languages a question names, in its words or its code fences; when it names none, the
     * language its pasted code is written in ({@link CodeLanguage}).
     */
    public static Set<String> namedIn(String question) {
        Set<String> named = namedInWords(question);
        return named.isEmpty() ? CodeLanguage.of(question) : named;
    }

    private static Set<String> namedInWords(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        Set<String> named = new LinkedHashSet<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            languageOf(fence.group(1), true).ifPresent(named::add);
        }
        addNamedInProse(text, named);
        return named;
    }

    /** The language a code fence names ("```python async", "~~~java"), if it names one. */
    public static Optional<String> ofFence(String fenceLine) {
        Matcher fence = FENCE.matcher(fenceLine.strip().replace("~~~", "```").toLowerCase(Locale.ROOT));
        return fence.lookingAt() ? languageOf(fence.group(1), true) : Optional.empty();
    }

    /** The language a page is written for, from its path's parts or its title's words, if any. */
    public static Optional<String> ofPage(String documentId, String title) {
        Set<String> found = new LinkedHashSet<>();
        String path = documentId.toLowerCase(Locale.ROOT);
        int dot = path.lastIndexOf('.');
        for (String part : (dot > path.lastIndexOf('/') ? path.substring(0, dot) : path).split("[/_\\-.]")) {
            languageOf(part, true).ifPresent(found::add);
        }
        addNamedInProse(title.toLowerCase(Locale.ROOT), found);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The languages a passage is written for: those its section's opening line names ("* langs:
     * java, csharp, python"), else the one its headings name ("Installation > Python"); none when it
     * says neither. One guide can hold a section per language binding with the same words: "Run tests
     * on different browsers" once for pytest and once for `dotnet test`.
     */
    public static Set<String> ofPassage(List<String> headings, String text) {
        Matcher line = LANGUAGES_LINE.matcher(text);
        Set<String> found = new LinkedHashSet<>();
        if (line.lookingAt()) {
            for (String name : line.group(1).toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                languageOf(name, true).ifPresent(found::add);
            }
            return found;
        }
        addNamedInProse(String.join(" ", headings).toLowerCase(Locale.ROOT), found);
        return found.size() == 1 ? found : Set.of();
    }

    /**
     * The passages in the same order, without those written only for languages other than the one
     * the question names; all of them when that would leave none.
     */
    public static List<RankedPassage> withoutPassagesForOtherLanguages(Set<String> named, List<RankedPassage> passages) {
        if (named.size() != 1) {
            return passages;
        }
        List<RankedPassage> kept = passages.stream().filter(p -> {
            Set<String> languages = ofPassage(p.passage().headings(), p.passage().text());
            return languages.isEmpty() || languages.containsAll(named);
        }).toList();
        return kept.isEmpty() ? passages : kept;
    }

    /** The pages in the same order, without those written for a language other than the one the question names. */
    static List<CandidatePage> withoutOtherLanguages(Set<String> named, List<CandidatePage> ranked) {
        if (named.size() != 1) {
            return ranked;
        }
        String wanted = named.iterator().next();
        List<CandidatePage> kept = new ArrayList<>(ranked.size());
        for (CandidatePage page : ranked) {
            Optional<String> language = ofPage(page.documentId(), page.title());
            if (language.isEmpty() || language.get().equals(wanted)) {
                kept.add(page);
            }
        }
        return kept.isEmpty() ? ranked : kept;
    }

    /** Adds the languages that the words of a lowercase text name (not its English-looking words, {@link #AMBIGUOUS_IN_PROSE}). */
    private static void addNamedInProse(String lowercase, Set<String> named) {
        Matcher word = WORD.matcher(lowercase);
        while (word.find()) {
            languageOf(word.group(), false).ifPresent(named::add);
        }
    }

    /** @param inCode whether the word stands where only a language name can (a fence, a path part) */
    private static Optional<String> languageOf(String word, boolean inCode) {
        if (!inCode && AMBIGUOUS_IN_PROSE.contains(word)) {
            return Optional.empty();
        }
        return NAMES.entrySet().stream().filter(language -> language.getValue().contains(word)).map(Map.Entry::getKey).findFirst();
    }
}
