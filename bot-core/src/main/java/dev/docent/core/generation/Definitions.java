package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.Identifiers;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.ApiKinds;
import dev.docent.core.retrieval.AskedTerm;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a passage defines a name the question asks about, and with which sentence. A reference page
 * defines a flag, an option, a method or a rule in the first sentence under its heading, and rarely
 * names it there ("--cache: Store the info about processed files in order to only operate on the
 * changed ones."): matched by its words, "what does --cache do?" quoted the section's later
 * sentences that say "cache", not what it does.
 */
final class Definitions {

    /** What a heading puts around a name: backticks and quotes. */
    private static final Pattern QUOTES = Pattern.compile("[`'\"]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** The most words of a term that code writes as one name ("connection pool", "max retries per host"). */
    private static final int MAX_TERM_WORDS = 4;
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}_]{2,40}\\b");
    /** API references end a heading with a colon ("`mixin` (Function):"). */
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
    /** What a product calls the things it names: "the mixin option", "this flag", "strict mode". */
    static final String KINDS_OF_NAME = "option|flag|setting|parameter|argument|function|method|hook|rule|command"
            + "|field|property|directive|attribute|mode";
    /** "the mixin option", "the camelcase rule": a plain word the question names as a thing of the product. */
    private static final Pattern CALLED_A_NAME = Pattern.compile(
            "\\b([\\p{L}\\p{N}_$-]{2,40})\\s+(?:" + KINDS_OF_NAME + ")s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_A_NAME = Set.of("the", "this", "that", "these", "those", "which", "what", "an",
            "my", "our", "your", "its", "their", "each", "every", "any", "some", "same", "other", "new", "custom", "one",
            "no", "config", "configuration", "cli", "command-line", "line");
    /**
     * A reference's line of facts before the definition ("Default: `undefined`", "Type: string",
     * "Extends: `undici.Pool`", Sphinx's "Bases: `PytestWarning`", "Returns: `Agent`", "Aliases: `line-length`"),
     * also as a list item under the heading ("* since: v1.8", "- returns: <[string]>", "* langs: java, python"): it
     * says what the name is set to or made of, or whom the section is for, not what it does.
     */
    private static final Pattern FACT_LINE = Pattern.compile(
            "^(?:[-*+]\\s+)?(default(?: value)?|defaults|type|required|since|added in|deprecated since|returns?|extends|bases|implements"
                    + "|throws|aliases|tags|langs|languages)\\s*:", Pattern.CASE_INSENSITIVE);
    /**
     * A reference's status banner ("Stability: 2 - Stable", "Status: Experimental"): quoted where it
     * answers ("is fs.exists deprecated?"), but it never says what the name does.
     */
    private static final Pattern STATUS_LINE = Pattern.compile("^(?:stability|status)\\s*:", Pattern.CASE_INSENSITIVE);
    /**
     * What an API reference writes after a name: its return type, as Python writes it ("-> Response")
     * and as Sphinx renders it ("\u2192 Response"); its kind before it is {@link ApiKinds}' to read.
     */
    private static final Pattern RETURN_TYPE = Pattern.compile("\\s*(?:->|\u2192).*$");
    private static final Pattern OBJECT_TYPE = Pattern.compile(":\\s+[^:()]*$");
    /** A heading of names written as code side by side, and nothing else: "`-e`, `--eval "script"`", "`-v` or `--version`". */
    private static final Pattern NAMES_AS_CODE = Pattern.compile("`([^`]+)`(?:\\s*(?:,|/|\\bor\\b)\\s*`[^`]+`)+");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    /**
     * What a reference heading writes after the name: a parameter list ("page.goto(url[, options])")
     * or argument placeholders ("--max-warnings <n>", "--format [name]").
     */
    private static final Pattern NAME_DECORATION = Pattern.compile("\\(.*\\)$|(?:\\s+(?:<[^>]*>|\\[[^\\]]*\\]|\\{[^}]*\\}))+$");

    private Definitions() {
    }

    /**
     * The sentence that defines an asked name in this passage, if it opens the section of that name:
     * its first sentence that is not a line of facts or a status and does not announce an example ("Examples of
     * ...:" defines nothing).
     */
    static Optional<TextUnit> in(RankedPassage passage, List<TextUnit> units, Set<String> askedNames) {
        if (!passage.startsSection() || !definesAnAskedName(passage.passage(), askedNames)) {
            return Optional.empty();
        }
        return units.stream().filter(u -> u.kind() == TextUnit.Kind.SENTENCE && !isFactOrStatus(u.text()))
                .findFirst()
                .filter(first -> !announcesAnExample(units, first));
    }

    /** A heading without the colon some references close it with ("`mixin` (Function):"). */
    static String withoutClosingColon(String heading) {
        return TRAILING_COLON.matcher(heading).replaceAll("");
    }

    /**
     * A line of facts whose label the question does not use: "Returns: `Agent`" answers what a
     * method returns, not what the class does. A status line is asked about by its value as much as
     * its label ("is fs.exists deprecated?" and "Stability: 0 - Deprecated: Use fs.stat()").
     */
    static boolean isUnaskedFact(TextUnit unit, Set<String> questionTerms) {
        if (unit.kind() != TextUnit.Kind.SENTENCE && unit.kind() != TextUnit.Kind.LIST_ITEM) {
            return false;
        }
        if (STATUS_LINE.matcher(unit.text()).find()) {
            return unit.terms().stream().noneMatch(questionTerms::contains);
        }
        Matcher fact = FACT_LINE.matcher(unit.text());
        return fact.find() && !questionTerms.containsAll(EnglishTerms.of(fact.group(1)));
    }

    private static boolean announcesAnExample(List<TextUnit> units, TextUnit sentence) {
        return sentence.text().endsWith(":") && sentence.position() + 1 < units.size()
                && units.get(sentence.position() + 1).kind() == TextUnit.Kind.CODE;
    }

    /**
     * Whether the passage is where a name the question asks about is defined: its own heading is a
     * name and nothing else ("`--cache`", "Linter#verify()", "`page.goto(url[, options])`",
     * "--max-warnings &lt;n&gt;", "property base_url: str", not "CLI & Node.js API") and the question
     * names it, or, for a page's opening passage, the page title does (a rule page is titled by its rule).
     */
    private static boolean definesAnAskedName(IndexedPassage passage, Set<String> askedNames) {
        if (askedNames.isEmpty()) {
            return false;
        }
        // A signature heads a name without its module ("approx(expected, rel=None)" for pytest.approx).
        return headingName(passage).map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> Stream.concat(Stream.of(name), Identifiers.names(name).stream())
                        .anyMatch(headingName -> askedNames.stream().anyMatch(asked -> Identifiers.sameName(headingName, asked))))
                .isPresent();
    }

    /**
     * The names the passage's own heading gives its section: its {@link #headingName} where the heading
     * writes it as code or it is an identifier ("no-shadow"), not a plain word; or the names it writes
     * as code side by side, as a command-line reference heads a flag and its alias ("`-e`, `--eval "script"`").
     */
    static List<String> codeHeadingNames(IndexedPassage passage) {
        Optional<String> name = codeNameIn(ownHeading(passage));
        if (name.isPresent()) {
            return List.of(name.get());
        }
        String heading = withoutClosingColon(ownHeading(passage).strip());
        return NAMES_AS_CODE.matcher(heading).matches()
                ? CODE_SPAN.matcher(heading).results().map(span -> span.group(1)).toList() : List.of();
    }

    /**
     * Whether the passage's own heading (or, under none, its page title) is written as a name: as code,
     * or as an API reference's entry, its kind before the name ("property templates_auto_reload: bool",
     * "class flask.Flask(...)").
     */
    static boolean headingWritesAName(IndexedPassage passage) {
        return headingWritesCode(passage) || ApiKinds.hasKind(ownHeading(passage));
    }

    /**
     * Whether the passage's own heading names an entry other than the ones asked about: under "What
     * does DetachedInstanceError mean?", the reference's next entry ("exception
     * sqlalchemy.orm.exc.UnmappedInstanceError(obj, msg=None)"). A name that holds an asked one is
     * that entry or a part of it ("util.promisify.custom" is util.promisify's).
     */
    static boolean headsAnotherEntry(IndexedPassage passage, Set<String> askedNames) {
        return headingWritesAName(passage) && headingName(passage).filter(name -> !holdsAnAskedName(name, askedNames)).isPresent();
    }

    /**
     * Whether the passage opens the entry of the term a short "what is X?" question asks about: a
     * glossary's "identity map".
     */
    static boolean opensTheTermsEntry(RankedPassage passage, Optional<String> askedTerm) {
        return passage.startsSection() && !passage.passage().headings().isEmpty()
                && askedTerm.filter(term -> AskedTerm.heads(ownHeading(passage.passage()), term)).isPresent();
    }

    /**
     * Whether the passage is another entry of the list that holds an asked entry: on its page, under
     * the same headings, headed otherwise - the glossary's "identity key" beside its "identity map".
     * An entry whose heading holds an asked name is a part of it.
     */
    static boolean isOtherEntryBeside(IndexedPassage passage, List<IndexedPassage> entries, Set<String> askedNames) {
        List<String> headings = passage.headings();
        return !headings.isEmpty() && !holdsAnAskedName(ownHeading(passage), askedNames)
                && entries.stream().anyMatch(entry -> entry.documentId().equals(passage.documentId())
                        && entry.headings().size() == headings.size()
                        && entry.headings().subList(0, headings.size() - 1).equals(headings.subList(0, headings.size() - 1))
                        && !entry.headings().getLast().equals(headings.getLast()));
    }

    /** Whether a heading holds an asked name: it is that entry, or a part of it ("util.promisify.custom"). */
    private static boolean holdsAnAskedName(String heading, Set<String> askedNames) {
        String lower = heading.toLowerCase(Locale.ROOT);
        return askedNames.stream().anyMatch(asked -> lower.contains(asked.toLowerCase(Locale.ROOT)));
    }

    /** Whether the passage's own heading (or, under none, its page title) has a code span. */
    static boolean headingWritesCode(IndexedPassage passage) {
        return ownHeading(passage).contains("`");
    }

    /** A reference's line of facts ("Default: `undefined`", "Added in: v0.1.92") or its status banner. */
    static boolean isFactOrStatus(String text) {
        return FACT_LINE.matcher(text).find() || STATUS_LINE.matcher(text).find();
    }

    private static String ownHeading(IndexedPassage passage) {
        return passage.headings().isEmpty() ? passage.title() : passage.headings().getLast();
    }

    /**
     * The name the passage's own heading (or, under none, its page title) is, when it is a name and
     * nothing else: "`--max-warnings`" and "`page.goto(url[, options])`" give {@code --max-warnings} and
     * {@code page.goto}; "CLI & Node.js API" gives none.
     */
    static Optional<String> headingName(IndexedPassage passage) {
        return nameIn(ownHeading(passage));
    }

    /**
     * The name the page's title is, written as code or an identifier: a rule's page is titled by the
     * rule ("no-use-before-define"), and its sections' "This rule ..." speak of it whatever they are headed.
     */
    static Optional<String> titleName(IndexedPassage passage) {
        return codeNameIn(passage.title());
    }

    private static Optional<String> codeNameIn(String heading) {
        return nameIn(heading).filter(name -> heading.contains("`") || !Identifiers.names(name).isEmpty());
    }

    private static Optional<String> nameIn(String heading) {
        String bare = withoutClosingColon(QUOTES.matcher(heading).replaceAll("").strip());
        String signature = NAME_DECORATION.matcher(RETURN_TYPE.matcher(ApiKinds.withoutKind(bare)).replaceAll("")).replaceAll("");
        String name = OBJECT_TYPE.matcher(signature).replaceAll("").strip();
        return name.isEmpty() || WHITESPACE.matcher(name).find() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The names a "what is" question asks about ({@code askedTerm}: the term a short one asks about):
     * those of its asking clause, a capitalised word there that is not its first ("What does Dialog
     * do?", "What is a Route?"), which names a thing
     * of the product as a reference page's title does ("class: Dialog", "Struct syn::Path"), and the
     * one word a short question asks about ("What is a decorator?"), which a glossary's entry heads:
     * its first sentence defines it ("A function returning another function ..."), where "Common
     * examples for decorators are ..." was quoted for naming it. A term of a few words is asked as the
     * name code writes it: "What is a hybrid property?" asks what {@code hybrid_property} is, and its
     * entry says ("A decorator which allows definition of a Python descriptor with both instance-level
     * and class-level behavior."), where a later section that used the words was quoted.
     */
    static Set<String> askedWhatTheyAre(String question, Optional<String> askedTerm) {
        String clause = SearchQuery.askingClause(question);
        Set<String> names = askedNames(clause);
        Matcher capitalised = CAPITALISED_WORD.matcher(clause);
        while (capitalised.find()) {
            names.add(capitalised.group().toLowerCase(Locale.ROOT));
        }
        askedTerm.ifPresent(term -> names.addAll(asNames(term)));
        return names;
    }

    /**
     * The names a term of a few words is written as in code: "hybrid property" is {@code
     * hybrid_property}, {@code hybridProperty} (lowercased, as names are compared) or {@code
     * hybrid-property}; a one-word term is its own name ("decorator", which a glossary's entry heads).
     */
    private static Set<String> asNames(String term) {
        String[] words = WHITESPACE_RUN.split(term);
        if (words.length == 1) {
            return Set.of(term);
        }
        return words.length > MAX_TERM_WORDS ? Set.of()
                : Set.of(String.join("_", words), String.join("", words), String.join("-", words));
    }

    /**
     * The names a question asks about: its code-like names (a dotted name whole, not its parts), and
     * a plain word it calls an option, a flag, a rule... ("what does the mixin option do?").
     */
    static Set<String> askedNames(String question) {
        // Whole: "What does util.promisify do?" is not answered by the Util page's opening, nor by import.meta.resolve's.
        Set<String> names = new HashSet<>(Identifiers.names(question));
        Matcher called = CALLED_A_NAME.matcher(question);
        while (called.find()) {
            String word = called.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_A_NAME.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
