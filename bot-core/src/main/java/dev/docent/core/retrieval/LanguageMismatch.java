package dev.docent.core.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A question written in another language than the documentation it is asked of: "Wie richte ich
 * Single Sign-On für mein Team ein?" on English docs. The embedding model and the analyzers read
 * English, so such a question finds nothing however well the docs answer it, and the intent model,
 * trained on English messages, reads it as anything (a Spanish how-to came out a feature request).
 * The asker is told which language the documentation speaks instead of only "not in the docs".
 * The documentation's language is read from the passages retrieval found, so translated docs that
 * hold a copy in the asker's language are no mismatch - even where an English page comes first among
 * them, as it does for a question that names an option in English ("vite 怎么配置 proxy").
 */
public record LanguageMismatch(String asked, String documentation) {

    private static final int PAGES_READ = 3;

    public static Optional<LanguageMismatch> of(String question, List<RankedPage> pages) {
        Optional<String> asked = ProseLanguage.of(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        List<String> found = pages.stream().limit(PAGES_READ)
                .flatMap(page -> page.passages().stream().limit(1))
                .map(passage -> passage.passage().text())
                .toList();
        if (found.stream().anyMatch(text -> ProseLanguage.of(text).equals(asked))) {
            return Optional.empty();
        }
        return ProseLanguage.of(String.join("\n", found)).filter(docs -> !docs.equals(asked.get()))
                .map(docs -> new LanguageMismatch(asked.get(), docs));
    }

    /** What the asker reads under the refusal. */
    public String note() {
        return "Your question reads as %s, and the documentation is written in %s: asked in %s, it may find what you need."
                .formatted(name(asked), name(documentation), name(documentation));
    }

    private static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }
}
