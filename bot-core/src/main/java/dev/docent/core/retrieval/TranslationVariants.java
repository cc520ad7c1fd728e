package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translated documentation keeps one copy of a page per human language: in a folder named for it
 * ("zh/guide/timeouts.md", Hugo's "content/fr/...", Docusaurus's
 * "i18n/ja/docusaurus-plugin-content-docs/current/...") or with it in the file name
 * ("timeouts.fr.md"). The copies share their code, identifiers and often their headings, so a
 * translation can rank next to the page it translates and take a place among the pages to read. Of
 * the copies that retrieval found, one stays, in the place of the best-ranked copy: the one in the
 * question's language ({@link ProseLanguage}), else the docs' default copy (no language in its path,
 * or English), else the best-ranked. A page that exists in one language only stays. This is a rule,
 * not a learned weight: neither dev set is translated (README, "Answer quality").
 */
public final class TranslationVariants {

    /** Languages documentation sites are translated into, by ISO 639-1 code: a folder so named is a language's. */
    // Codes that are also common folder names ("ca" for certificates, "hr", "id") are left out.
    private static final Set<String> LANGUAGES = Set.of("en", "zh", "ja", "ko", "fr", "de", "es", "pt", "it", "ru",
            "uk", "pl", "nl", "tr", "vi", "ar", "he", "fa", "hi", "th", "cs", "sv", "da", "fi", "nb", "el", "hu", "ro");
    /** A language with an optional region or script: "zh-cn", "pt_br", "zh-hans". */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-z]{2})(?:[-_](?:[a-z]{2}|hans|hant))?");
    /** "timeouts.fr.md": the language between the name and the extension. */
    private static final Pattern IN_FILE_NAME = Pattern.compile("(.+)\\.([a-z]{2}(?:[-_][a-z]{2,4})?)(\\.[a-z0-9]+)");
    private static final String DEFAULT_LANGUAGE = "en";
    /** Docusaurus keeps translations of the docs plugin's pages under "i18n/<lang>/docusaurus-plugin-content-docs/". */
    private static final String I18N = "i18n";
    private static final String DOCUSAURUS_DOCS = "docusaurus-plugin-content-docs";

    private TranslationVariants() {
    }

    /** A candidate as one copy of a page: the page's path without its language, and its language. */
    private record Copy(CandidatePage candidate, String page, Optional<String> language) {

        static Copy of(CandidatePage candidate) {
            List<String> parts = new ArrayList<>(List.of(candidate.documentId().toLowerCase(Locale.ROOT).split("/")));
            Optional<String> language = Optional.empty();
            if (parts.size() > 2 && parts.get(0).equals(I18N) && languageOf(parts.get(1)).isPresent()) {
                language = languageOf(parts.get(1));
                parts.subList(0, 2).clear();
                if (parts.size() > 2 && parts.get(0).equals(DOCUSAURUS_DOCS)) {
                    // ".../current/x.md" translates "docs/x.md", ".../version-2.0/x.md" "versioned_docs/version-2.0/x.md".
                    boolean current = parts.get(1).equals("current");
                    parts.set(0, current ? "docs" : "versioned_docs");
                    if (current) {
                        parts.remove(1);
                    }
                }
            } else {
                for (int i = 0; i < parts.size() - 1 && language.isEmpty(); i++) {
                    language = languageOf(parts.get(i));
                    if (language.isPresent()) {
                        parts.remove(i);
                    }
                }
                Matcher file = IN_FILE_NAME.matcher(parts.getLast());
                if (language.isEmpty() && file.matches() && languageOf(file.group(2)).isPresent()) {
                    language = languageOf(file.group(2));
                    parts.set(parts.size() - 1, file.group(1) + file.group(3));
                }
            }
            return new Copy(candidate, candidate.knowledgeBase() + ':' + String.join("/", parts), language);
        }

        boolean isIn(String wanted) {
            return language.orElse(DEFAULT_LANGUAGE).equals(wanted);
        }
    }

    /** The ISO 639-1 code of a folder or file-name part that names a language ("fr", "zh-CN", "pt_br"), if it does. */
    static Optional<String> languageOf(String part) {
        Matcher tag = LANGUAGE_TAG.matcher(part.toLowerCase(Locale.ROOT));
        return tag.matches() && LANGUAGES.contains(tag.group(1)) ? Optional.of(tag.group(1)) : Optional.empty();
    }

    /**
     * The pages in the same order, with one copy of each page kept in the place of its best-ranked copy.
     *
     * @param asked the language the question is written in, if its prose says
     */
    static List<CandidatePage> oneCopyEach(Optional<String> asked, List<CandidatePage> ranked) {
        return PageCopies.oneEach(ranked, Copy::of, Copy::page, copies -> chosen(asked.orElse(DEFAULT_LANGUAGE), copies));
    }

    private static CandidatePage chosen(String asked, List<Copy> copies) {
        return copies.stream().filter(c -> c.isIn(asked)).findFirst()
                .or(() -> copies.stream().filter(c -> c.isIn(DEFAULT_LANGUAGE)).findFirst())
                .orElse(copies.getFirst()).candidate();
    }
}
