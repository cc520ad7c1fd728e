package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a reference's list that each describe a name - a parameter, an option, a flag - and
 * which of them the question names. Asked "How do I set the connection pool size?", the
 * {@code create_engine} reference's item "pool_size=5 – the number of connections to keep open ..."
 * answers it; its neighbours "pool_recycle=-1 – ..." and "pool_reset_on_return='rollback' – ..."
 * matched the question's other words (pool, connection, set) nearly as well, and were quoted after it.
 * A name is named when all its words are the question's: {@code pool_size} by "pool size",
 * {@code maxRetries} by "max retries", {@code --fix} by "fix".
 */
record NamedItems(Set<Integer> named, Set<Integer> others) {

    /**
     * A bullet led by a name written as code and then its type, default or description ("`maxRetries`
     * (number) - ...", "**`--fix`**: ..."; not "`CMD` should be used ...", which is a sentence), by a
     * bare name with its default or its type ("pool_size=5 – ...", "static_folder (str) – ..."), or by a
     * bare name that can only be code and a dash, as Sphinx writes a parameter ("expire_on_commit –
     * Defaults to ..."). A numbered item is a step or a rule, not an entry. The parts of a bare name are
     * counted, and none can run into the next: an item of thousands of "a_" parts overflowed the stack.
     */
    private static final Pattern LEADING_NAME = Pattern.compile("[-*+]\\s+"
            + "(?:(?:`([^`\\s]{1,60})`|\\*\\*`?([^*`\\s]{1,60})`?\\*\\*)(?=\\s*(?:[:=({<`]|[-\u2013\u2014]\\s))"
            + "|([\\p{L}_][\\w.-]{0,60})(?:=|\\s+\\()"
            + "|([\\p{L}\\p{N}]+(?:[_.][\\p{L}\\p{N}]+){1,8}|\\p{Ll}+\\p{Lu}\\w*)\\s+[\u2013\u2014]\\s)");
    private static final Pattern NAME_PARTS = Pattern.compile("[_.=/-]+|(?<=\\p{Ll})(?=\\p{Lu})");
    /** What an item gives besides its description: its type, its default, code. */
    private static final Pattern TYPE_OR_DEFAULT = Pattern.compile(
            "\\{[^}\\n]*}|<[^>\\n]*>|\\([^)\\n]*\\)|\\*\\*Default:?\\*\\*:?|`[^`\\n]*`");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Fewer words than this after an item's name and type describe nothing ("`recursive` {boolean} **Default:** `false`"). */
    private static final int MIN_DESCRIPTION_WORDS = 3;

    private static final NamedItems NONE = new NamedItems(Set.of(), Set.of());

    /**
     * The positions of the passage's list items led by a name the question names and described, and
     * of those led by another name; none of either when the question names none.
     */
    static NamedItems in(List<TextUnit> units, Set<String> questionTerms, Set<String> questionNames) {
        Set<Integer> named = new HashSet<>();
        Set<Integer> others = new HashSet<>();
        for (TextUnit unit : units) {
            Matcher item = LEADING_NAME.matcher(unit.text());
            if (unit.kind() != TextUnit.Kind.LIST_ITEM || !item.lookingAt()) {
                continue;
            }
            boolean answers = named(nameIn(item), questionTerms, questionNames) && described(unit.text().substring(item.end()));
            (answers ? named : others).add(unit.position());
        }
        return named.isEmpty() ? NONE : new NamedItems(named, others);
    }

    /** Whether the item is led by one of these names: where a question asks what that name is, the item defines it. */
    static boolean leadsWithOneOf(TextUnit item, Set<String> names) {
        Matcher name = LEADING_NAME.matcher(item.text());
        return name.lookingAt() && named(nameIn(name), Set.of(), names);
    }

    /** The name a matched item leads with: the one group of the pattern's alternatives that took part. */
    private static String nameIn(Matcher item) {
        for (int group = 1; group <= item.groupCount(); group++) {
            if (item.group(group) != null) {
                return item.group(group);
            }
        }
        throw new IllegalStateException("Every alternative of the item's pattern captures its name");
    }

    /** Whether what follows an item's name says something of it beyond its type and default. */
    private static boolean described(String afterTheName) {
        String rest = TYPE_OR_DEFAULT.matcher(afterTheName).replaceAll(" ");
        return WORD.matcher(rest).results().count() >= MIN_DESCRIPTION_WORDS;
    }

    /** Whether the question writes the name ({@code expire_on_commit}) or all its words ("pool size"). */
    private static boolean named(String name, Set<String> questionTerms, Set<String> questionNames) {
        if (questionNames.stream().anyMatch(asked -> Identifiers.sameName(asked, name.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        Set<String> words = EnglishTerms.of(NAME_PARTS.matcher(name).replaceAll(" "));
        return !words.isEmpty() && questionTerms.containsAll(words);
    }
}
