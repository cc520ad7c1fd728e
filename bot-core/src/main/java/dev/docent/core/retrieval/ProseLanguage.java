package dev.docent.core.retrieval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human language a question is written in, as an ISO 639-1 code, when its prose says clearly
 * enough: by the script of its letters (Chinese, Japanese, Korean, Cyrillic, Arabic, ...), and for
 * Latin script by its most frequent little words (English, French, German, Spanish, Portuguese,
 * Italian, Dutch). Code - fenced blocks and `spans` - is left out, because identifiers and
 * keywords are English whatever the asker speaks. This only picks which translated copy of a page to
 * cite ({@link TranslationVariants}); a question too short to tell is read as written in the docs'
 * default language.
 */
public final class ProseLanguage {

    private static final Pattern CODE = Pattern.compile("```.*?(?:```|\\z)|`[^`\\n]*`", Pattern.DOTALL);
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    /** Share of a question's letters that must be in another script than Latin for the script to decide. */
    private static final double SCRIPT_SHARE = 0.3;
    /**
     * Little words a Latin-script language uses in nearly every sentence. Some are shared ("de", "la",
     * "que"): they count for each language that has them, and the words only one has decide. Words that
     * are English too ("per", "come", "van", "no") are left out.
     */
    private static final Map<String, Set<String>> LITTLE_WORDS = Map.of(
            "en", Set.of("the", "is", "are", "how", "what", "do", "does", "i", "to", "and", "with", "of", "my", "can",
                    "when", "why", "it", "this", "not", "there", "which", "should", "would", "have"),
            "fr", Set.of("le", "la", "les", "des", "de", "un", "à", "que", "est", "une", "comment", "pour", "avec",
                    "dans", "je", "ne", "pas", "sur", "mon", "mais", "ce", "il", "du", "au", "faire", "quand"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "wie", "mit", "ein", "eine", "auf", "für",
                    "den", "dem", "zu", "wird", "kann", "bei", "oder", "mein", "meine", "wenn"),
            "es", Set.of("el", "los", "las", "la", "de", "un", "que", "se", "cómo", "para", "con", "una", "por", "qué",
                    "mi", "del", "está", "puedo", "hacer", "pero", "cuando", "sin", "muy"),
            "pt", Set.of("os", "de", "que", "se", "em", "é", "não", "uma", "meu", "minha", "posso", "um", "fazer",
                    "quando", "sem", "está", "você", "ao", "na", "isso", "da"),
            "it", Set.of("il", "gli", "la", "un", "se", "di", "da", "è", "non", "che", "della", "mio", "posso",
                    "sono", "fare", "quando", "senza", "questo"),
            "nl", Set.of("het", "een", "de", "hoe", "niet", "ik", "met", "voor", "dat", "wat", "kan", "mijn",
                    "wanneer", "zonder", "deze"));
    /** Fewest little words a Latin-script question must have for its language to be told. */
    private static final int LITTLE_WORDS_NEEDED = 2;

    private ProseLanguage() {
    }

    private enum Script {
        LATIN, HAN, KANA, HANGUL, CYRILLIC, GREEK, ARABIC, HEBREW, THAI, DEVANAGARI, OTHER;

        static Script of(int letter) {
            return switch (Character.UnicodeScript.of(letter)) {
                case LATIN -> LATIN;
                case HAN -> HAN;
                case HIRAGANA, KATAKANA -> KANA;
                case HANGUL -> HANGUL;
                case CYRILLIC -> CYRILLIC;
                case GREEK -> GREEK;
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                case THAI -> THAI;
                case DEVANAGARI -> DEVANAGARI;
                default -> OTHER;
            };
        }
    }

    /** The language the question's prose is written in, if it says. */
    public static Optional<String> of(String question) {
        String prose = CODE.matcher(question).replaceAll(" ");
        Map<Script, Integer> letters = new EnumMap<>(Script.class);
        prose.codePoints().filter(Character::isLetter).forEach(c -> letters.merge(Script.of(c), 1, Integer::sum));
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return Optional.empty();
        }
        int han = letters.getOrDefault(Script.HAN, 0);
        int kana = letters.getOrDefault(Script.KANA, 0);
        // Japanese writes kanji among its kana, Chinese has no kana.
        if (kana > 0 && kana + han >= SCRIPT_SHARE * total) {
            return Optional.of("ja");
        }
        for (Script script : Script.values()) {
            if (script != Script.LATIN && script != Script.OTHER && script != Script.KANA
                    && letters.getOrDefault(script, 0) >= SCRIPT_SHARE * total) {
                return Optional.of(codeOf(script, prose));
            }
        }
        return byLittleWords(prose);
    }

    private static String codeOf(Script script, String prose) {
        return switch (script) {
            case HANGUL -> "ko";
            case HAN -> "zh";
            // Ukrainian has letters Russian lacks; Persian, letters Arabic lacks.
            case CYRILLIC -> prose.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
            case ARABIC -> prose.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            default -> throw new IllegalArgumentException(script.name());
        };
    }

    private static Optional<String> byLittleWords(String prose) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher word = LATIN_WORD.matcher(prose.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            LITTLE_WORDS.forEach((language, words) -> {
                if (words.contains(w)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        int best = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leaders = hits.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return best >= LITTLE_WORDS_NEEDED && leaders.size() == 1 ? Optional.of(leaders.getFirst()) : Optional.empty();
    }
}
