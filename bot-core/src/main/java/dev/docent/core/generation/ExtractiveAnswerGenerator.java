package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.AskedTerm;
import dev.docent.core.retrieval.IssueFormFields;
import dev.docent.core.retrieval.LanguageVariants;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The answer generator that needs no language model: it quotes the sentences, list items and
 * table rows of the best passages that match the question most, each followed by the [n] of its
 * passage, and the short code blocks the quoted sentences announce. It cannot say anything the
 * documentation does not say, it is deterministic, and it takes well under a millisecond.
 */
public final class ExtractiveAnswerGenerator implements AnswerGenerator {

    /** How much the answer may quote. */
    public record Limits(int passages, int units, int chars) {

        public static Limits defaults() {
            return new Limits(3, 5, 900);
        }
    }

    private static final double[] RANK_PRIOR = {0.3, 0.15, 0.05};
    private static final double SECTION_WEIGHT = 0.3;
    private static final double KEEP_RELATIVE_TO_BEST = 0.6;
    /** Orders a definition ({@link Definitions}) before every other unit. */
    private static final double DEFINITION_FIRST = 10;
    /**
     * A sentence about the page rather than its subject ("This guide explains how to ...") or one that
     * sends the reader elsewhere ("Setup is described in ...", an API reference's "Tutorial: XFail")
     * sums up what the question asks, so it matches it well, and answers nothing: the pages to read
     * already say where to go. It is quoted only where nothing else matches half as well.
     */
    private static final Pattern ABOUT_A_PAGE = Pattern.compile(
            "^(?:\\p{L}{2,12}: )?(?:(?:this|in this|on this) (?:page|guide|section|article|document|tutorial|topic)\\b"
                    + "|(?:see|refer to|for more (?:information|details)|to learn more)\\b"
                    + "|(?:tutorial|guide|how-to|reference|see also|related)\\s*:)"
                    + "|\\b(?:is|are) (?:described|covered|explained|documented) (?:in|on)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The rest of a sentence that an example interrupted ("Now write a test module like this: [code]
     * and when running it will see a skipped test: [code]"): without its start it says nothing.
     * Lowercase only: a sentence may begin with a command's name ("pytest will search ...").
     */
    private static final Pattern CONTINUES_A_SENTENCE = Pattern.compile("^(?:and|but|or|which|whereas|then)\\b");
    private static final double NON_ANSWER_OUTWEIGHS = 2;
    /** A sentence that only announces an example, and says nothing the example would not. */
    private static final Pattern EXAMPLE_LABEL = Pattern.compile(
            "(?:examples? (?:of|for)\\b|for (?:example|instance)\\b|here(?:'s| is| are) (?:an? )?examples?\\b)", Pattern.CASE_INSENSITIVE);
    /** A reference section's opening that names its subject by its kind only. */
    private static final Pattern THIS_THING = Pattern.compile("this (?:" + Definitions.KINDS_OF_NAME + "|event|class|variable)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An option the sentence speaks of without naming it: "You do NOT need this option to ...". */
    private static final Pattern THIS_OPTION = Pattern.compile("\\bthis (?:option|flag|setting|parameter|argument)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A section that opens by going on from the one before ("Likewise, if you don't want to check ...")
     * is about what that one was about: its heading's name would read as the subject of a comparison.
     */
    private static final Pattern GOES_ON = Pattern.compile("(?:likewise|similarly|also|however|in addition|otherwise|alternatively)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence about an example it does not announce with a colon: "This example demonstrates how to ...", "The following code ...". */
    private static final Pattern NAMES_THE_EXAMPLE_AFTER = Pattern.compile(
            "(?:(?:this|the following|the)\\s+(?:\\w+\\s+)?(?:example|snippet)|the following\\s+(?:\\w+\\s+)?code)\\b"
                    + "(?!\\s+(?:above|before|earlier))",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that goes on about the one before it: "This is done with ...", "The easiest way to do so is ...". */
    private static final Pattern REFERS_BACK = Pattern.compile("(?:this|that|these|it|here(?:'s| is))\\b|.{0,40}?\\bdo (?:so|this|that)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that goes on about the example before it: "This configuration ensures ...", "In this example, ...". */
    private static final Pattern ABOUT_THE_EXAMPLE_BEFORE = Pattern.compile(
            "(?:this|these|that|it|here|the (?:above|previous|preceding)|in (?:this|that|the above|the previous) example|in the example above)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A sentence that speaks of what the one before it said: "This contains only the URL ...", "They
     * are resolved ...". Not "It is recommended to ...", whose "it" stands for nothing.
     */
    private static final Pattern SPEAKS_OF_THE_SENTENCE_BEFORE = Pattern.compile(
            "(?:this|that|these|those|it|they)\\b(?!(?:'s| is) \\p{L}+ (?:to|that)\\b)", Pattern.CASE_INSENSITIVE);
    /** A sentence that says what to do: "Add Formwell to your policy:", "To fix this, ...", "Run `npm ci` instead." */
    private static final Pattern SAYS_WHAT_TO_DO = Pattern.compile(
            "(?:to (?:fix|solve|resolve|avoid|work around) (?:this|it)|instead\\b|(?:add|set|use|run|change|remove|open|go|click|install"
                    + "|update|upgrade|check|ensure|make sure|enable|disable|configure|pass|create|delete|rename|restart|replace|allow"
                    + "|include|exclude|specify|call|wrap|move|edit|select|turn|switch)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_GROUP_UNITS = 10;
    /** A note's or a version's label before a sentence: "Note: ", "Changed in version 2.0: ". */
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,30}(?: v?\\d[\\w.]*)?:\\s+");
    private static final Pattern LIST_MARK = Pattern.compile("^" + TextUnits.LIST_MARK);
    /**
     * A version note with nothing after it: Sphinx's "New in version 0.5." under a page's title says when
     * the page's subject came, not what it does, yet as a passage's first sentence it took the heading's
     * match and opened answers.
     */
    private static final Pattern BARE_VERSION_NOTE = Pattern.compile(
            "(?:new|added|changed|deprecated|removed)\\b[\\p{L} ]{0,30}\\bv?\\d[\\w.]*?[.:]?", Pattern.CASE_INSENSITIVE);
    /**
     * A parameter or an option and its type, as API references write them: "`path` {string|Buffer|URL}",
     * "`options` <Object>", "**keepAliveTimeout** `number | null` (optional) - ...", "**allowH2**: `boolean`",
     * Sphinx's "static_folder (Optional[str]) – A folder with static files ...".
     * Not a name and its description ("`code` - the source code to lint", "**Anyone with the link**
     * (default)"): such lists are often the choices an answer needs all of.
     */
    private static final Pattern PARAMETER = Pattern.compile(TextUnits.LIST_MARK + "(?:(?:`[^`\\n]{1,60}`|\\*\\*`?[^*`\\n]{1,60}`?\\*\\*)"
            + "\\s*:?\\s*(?:\\{[^}\\n]{1,80}}|<[^>\\n]{1,80}>|`[^`\\n]{1,80}`)"
            + "|[\\p{L}_][\\w.]{0,60}\\s+\\((?:[^()\\n]|\\([^()\\n]*\\)){1,80}\\)\\s+[-\u2013\u2014]\\s)");
    /**
     * A parameter nobody described: Sphinx writes "app (Flask) –" with nothing after the dash. It
     * repeats the class's words ("How do I test a Flask app?") and says nothing.
     */
    private static final Pattern UNDESCRIBED = Pattern.compile("\\s[-\u2013\u2014]$");
    /** The longest table quoted whole: a handful of modes, plans or levels side by side. */
    private static final int MAX_WHOLE_TABLE_ROWS = 6;
    /** The examples an answer may quote in all: two short ones, or one of a good length. */
    private static final int MAX_CODE_CHARS = 900;
    /** The longest example quoted: a config snippet or a command, not a listing (that is cited, not quoted). */
    private static final int MAX_EXAMPLE_LINES = 15;
    private static final int MAX_EXAMPLE_CHARS = 600;

    private final Limits limits;

    public ExtractiveAnswerGenerator(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Draft draft(String asked, List<RankedPassage> passages) {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("An answer needs at least one relevant passage");
        }
        String question = IssueFormFields.leftOut(asked);
        Set<String> languages = LanguageVariants.namedIn(question);
        List<RankedPassage> relevantPassages = withTheBestKeywordMatch(
                LanguageVariants.withoutPassagesForOtherLanguages(languages, passages));
        Set<String> questionTerms = EnglishTerms.of(question);
        Set<String> askedTerms = EnglishTerms.asked(question);
        boolean asksWhatItIs = SearchQuery.asksWhatItIs(question);
        Optional<String> askedTerm = asksWhatItIs ? AskedTerm.of(question) : Optional.empty();
        Set<String> askedWhatTheyAre = asksWhatItIs ? Definitions.askedWhatTheyAre(question, askedTerm) : Set.of();
        Set<String> askedNames = new HashSet<>(Definitions.askedNames(question));
        askedNames.addAll(askedWhatTheyAre);
        List<Candidate> candidates = candidates(questionTerms, askedTerms, askedNames, askedWhatTheyAre, relevantPassages, false);
        if (candidates.stream().allMatch(c -> answersNothing(c.unit()))) {
            candidates = candidates(questionTerms, askedTerms, askedNames, askedWhatTheyAre, relevantPassages, true);
        }
        candidates = withoutOtherEntries(candidates, relevantPassages, askedWhatTheyAre, askedTerm);
        // The best match sets the bar for the rest, a sentence that answers nothing included: without it,
        // weaker units of other pages would take the place it leaves.
        double bestMatch = candidates.stream().mapToDouble(Candidate::match).max().orElse(0);
        candidates = bestFirst(candidates, bestMatch);
        Map<Integer, List<TextUnit>> passageUnits = candidates.stream()
                .collect(Collectors.toMap(Candidate::rank, Candidate::passageUnits, (a, b) -> a));
        Map<Integer, TreeMap<Integer, TextUnit>> chosen = choose(withoutSentencesThatAnswerNothing(candidates), bestMatch,
                languages, relevantPassages, passageUnits);
        Set<String> named = new HashSet<>();
        chosen.forEach((rank, quoted) -> nameWhatItIsAbout(relevantPassages.get(rank), passageUnits.get(rank), quoted, named));
        Map<Integer, TreeMap<Integer, TextUnit>> inOrder = inReadingOrder(relevantPassages, chosen);
        return compose(relevantPassages, asksWhatItIs ? definitionFirst(candidates, inOrder) : inOrder);
    }

    /**
     * Asked what a name or a term is, where its entry is among the passages, the answer is that entry:
     * the reference's next entry matched the question's words too ("`UnmappedInstanceError`: An
     * mapping operation was requested for an unknown instance." after what DetachedInstanceError is),
     * and so did the glossary's ("identity key" after "identity map"), and said nothing of what was asked.
     */
    private static List<Candidate> withoutOtherEntries(List<Candidate> candidates, List<RankedPassage> passages,
                                                       Set<String> askedWhatTheyAre, Optional<String> askedTerm) {
        List<IndexedPassage> entries = candidates.stream()
                .filter(c -> c.definesWhatIsAsked() || Definitions.opensTheTermsEntry(passages.get(c.rank()), askedTerm))
                .map(c -> passages.get(c.rank()).passage()).distinct().toList();
        if (entries.isEmpty()) {
            return candidates;
        }
        Set<String> asked = new HashSet<>(askedWhatTheyAre);
        askedTerm.ifPresent(asked::add);
        return candidates.stream().filter(c -> {
            IndexedPassage passage = passages.get(c.rank()).passage();
            return entries.contains(passage) || !Definitions.headsAnotherEntry(passage, asked)
                    && !Definitions.isOtherEntryBeside(passage, entries, asked);
        }).toList();
    }

    /**
     * Passages in the order retrieval ranked them, except that passages of one section are read in the
     * page's order, where the best of them stands: a long entry's later passage can match best, and
     * quoted first, click's answer to "How do I add a --version option?" opened with the tail of the
     * entry's parameter list ("Defaults to ... - kwargs (Any) – Extra arguments ...") and only then
     * said what the decorator does.
     */
    private static Map<Integer, TreeMap<Integer, TextUnit>> inReadingOrder(List<RankedPassage> passages,
                                                                           Map<Integer, TreeMap<Integer, TextUnit>> chosen) {
        Map<Integer, TreeMap<Integer, TextUnit>> ordered = new LinkedHashMap<>();
        for (int rank : chosen.keySet()) {
            chosen.keySet().stream()
                    .filter(other -> !ordered.containsKey(other) && inOneSection(passages.get(rank), passages.get(other)))
                    .sorted(Comparator.comparingInt(other -> passages.get(other).passage().chunk()))
                    .forEach(other -> ordered.put(other, chosen.get(other)));
        }
        return ordered;
    }

    private static boolean inOneSection(RankedPassage one, RankedPassage other) {
        return onOnePage(one, other) && one.passage().headings().equals(other.passage().headings());
    }

    /**
     * A reference section opens with "This option allows you to specify a warning threshold ...":
     * under its heading, `--max-warnings`, that says which option, and quoted without it, it does
     * not - the asker of "exit non-zero when there are warnings" had to read the citation to learn
     * the flag. Such an opening is led by the name its heading is: "`--max-warnings`: This option
     * ...". So is any opening of a section whose heading is written as code ("`--no-ignore`: Disables
     * excluding of files ...", "`dask.array.linalg.svd`: Compute the singular value decomposition of a
     * matrix.") or as an API reference's entry ("`templates_auto_reload`: Reload templates when they
     * are changed.", under "property templates_auto_reload: bool"), or by a flag and its alias ("`-e`,
     * `--eval "script"`: Evaluate the following argument as JavaScript."); under a plain heading
     * ("Rule Details"), "This rule ..." is led by the name the page's title is
     * ("`no-use-before-define`: This rule will warn ..."). But not a line of facts
     * ("Added in: v0.1.92"), and no other opening under a plain heading: a hyphenated heading
     * ("Sub-processors") reads as an identifier too. An answer names each once: "`prefer-template`:
     * This rule is aimed to flag ..." and then "This rule should not be used in ES3/5 environments."
     */
    private static void nameWhatItIsAbout(RankedPassage passage, List<TextUnit> all, TreeMap<Integer, TextUnit> quoted,
                                          Set<String> named) {
        if (quoted.isEmpty() || !passage.startsSection()) {
            return;
        }
        TextUnit first = quoted.firstEntry().getValue();
        boolean opensTheSection = all.stream().takeWhile(u -> u.position() < first.position())
                .noneMatch(u -> isPlainSentence(u) && !Definitions.isFactOrStatus(u.text()));
        if (!isPlainSentence(first) || !opensTheSection || Definitions.isFactOrStatus(first.text())
                || GOES_ON.matcher(first.text()).lookingAt()) {
            return;
        }
        boolean saysThisThing = THIS_THING.matcher(first.text()).lookingAt();
        List<String> names = Definitions.codeHeadingNames(passage.passage());
        if (names.isEmpty() && saysThisThing) {
            names = Definitions.titleName(passage.passage()).stream().toList();
        }
        String name = names.stream().map(one -> "`" + one + "`").collect(Collectors.joining(", "));
        if (!names.isEmpty() && (saysThisThing || Definitions.headingWritesAName(passage.passage()))
                && names.stream().noneMatch(first.text()::contains) && named.add(name)) {
            quoted.put(first.position(), new TextUnit(name + ": " + first.text(), first.position(), first.kind(), first.group(),
                    first.terms(), first.language()));
        }
    }

    /**
     * The passages in the order retrieval ranked them, with the one the keyword search put first among
     * those the answer draws from when it is not: a code the question names ("FSTDEP010") can stand
     * in one passage only, a table row that says little else, which the semantic search ranks below
     * the page's introduction to the subject - and the answer quoted the introduction.
     */
    private List<RankedPassage> withTheBestKeywordMatch(List<RankedPassage> passages) {
        int considered = Math.min(limits.passages(), passages.size());
        for (int i = considered; i < passages.size(); i++) {
            if (passages.get(i).lexicalRank().orElse(0) == 1) {
                List<RankedPassage> reordered = new ArrayList<>(passages);
                reordered.add(considered - 1, reordered.remove(i));
                return reordered;
            }
        }
        return passages;
    }

    /**
     * Passages are quoted in the order retrieval ranked them, except that, asked what a name is, the
     * definition's passage opens the answer: a later passage of a long option's section can outrank
     * the one that defines it. Not for other questions: the names a pasted stack trace or command
     * carries ({@code retries.js}, {@code --workers 2}) are not what it asks about.
     */
    private static Map<Integer, TreeMap<Integer, TextUnit>> definitionFirst(List<Candidate> bestFirst,
                                                                           Map<Integer, TreeMap<Integer, TextUnit>> chosen) {
        if (bestFirst.isEmpty() || !bestFirst.getFirst().definition() || !chosen.containsKey(bestFirst.getFirst().rank())) {
            return chosen;
        }
        Map<Integer, TreeMap<Integer, TextUnit>> ordered = new LinkedHashMap<>();
        ordered.put(bestFirst.getFirst().rank(), chosen.get(bestFirst.getFirst().rank()));
        chosen.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * @param headingsAnnounceCode whether a passage that is all code is announced by its heading:
     *                             only where no passage has words that answer
     */
    private List<Candidate> candidates(Set<String> questionTerms, Set<String> askedTerms, Set<String> askedNames,
                                       Set<String> askedWhatTheyAre, List<RankedPassage> passages, boolean headingsAnnounceCode) {
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < Math.min(limits.passages(), passages.size()); rank++) {
            RankedPassage passage = passages.get(rank);
            double headingsMatch = SECTION_WEIGHT * EnglishTerms.coverage(questionTerms,
                    EnglishTerms.of(passage.passage().title() + " " + passage.passage().section()))
                    + AnsweredHeadings.askedByHeading(questionTerms, passage);
            List<TextUnit> units = headingsAnnounceCode ? announcedByHeading(passage.passage())
                    : TextUnits.of(passage.passage().text());
            Optional<TextUnit> definition = Definitions.in(passage, units, askedNames);
            boolean definesWhatIsAsked = Definitions.in(passage, units, askedWhatTheyAre).isPresent();
            // Code is quoted only with the sentence that announces it.
            List<TextUnit> quotable = units.stream().filter(unit -> unit.kind() != TextUnit.Kind.CODE
                    && !Definitions.isUnaskedFact(unit, questionTerms) && !isUndescribedParameter(unit) && !isBareVersionNote(unit))
                    .toList();
            NamedItems namedItems = NamedItems.in(quotable, questionTerms, askedNames);
            for (TextUnit unit : quotable) {
                if (namedItems.others().contains(unit.position())) {
                    continue;
                }
                double match = EnglishTerms.coverage(questionTerms, AnsweredHeadings.ownTerms(passage, unit))
                        + headingsMatch / (1 + 0.5 * unit.position());
                boolean namedItem = namedItems.named().contains(unit.position());
                boolean defines = definition.filter(unit::equals).isPresent()
                        || namedItem && NamedItems.leadsWithOneOf(unit, askedWhatTheyAre);
                candidates.add(new Candidate(rank, unit, units, EnglishTerms.coverage(askedTerms, unit.terms()), match,
                        match + RANK_PRIOR[rank], defines, definesWhatIsAsked, namedItem));
            }
        }
        return candidates;
    }

    /**
     * A passage's units, with its heading as the sentence that announces it if it is all code: an API
     * reference's "Example - Mocked request with path callback" says what its code shows, and the
     * passages that best show how may have no other words to quote.
     */
    private static List<TextUnit> announcedByHeading(IndexedPassage passage) {
        List<TextUnit> units = TextUnits.of(passage.text());
        if (passage.headings().isEmpty() || units.isEmpty() || units.stream().anyMatch(u -> u.kind() != TextUnit.Kind.CODE)) {
            return units;
        }
        return TextUnits.of(Definitions.withoutClosingColon(passage.headings().getLast()) + ":\n\n" + passage.text());
    }

    /**
     * The candidates best first. A definition goes first in the passage it opens, when that passage
     * is quoted at all: the first passage always is, a later one when a unit of it matches the
     * question well enough. A definition brings in a passage of its own only where the question asks
     * what that name is or does: a pasted {@code page.goto(...)} does not make the reference's
     * {@code page.goto} section part of an answer about installing, but "what does util.promisify do?"
     * is answered by the section's opening ("Takes a function ... and returns a version that returns
     * promises"), which never says "promisify", and not only by its subsection that says it often.
     */
    private static List<Candidate> bestFirst(List<Candidate> candidates, double bestMatch) {
        Set<Integer> quoted = candidates.stream()
                .filter(c -> c.rank() == 0 || c.match() >= bestMatch * KEEP_RELATIVE_TO_BEST || c.definesWhatIsAsked())
                .map(Candidate::rank).collect(Collectors.toSet());
        return candidates.stream()
                .map(c -> c.definition() && quoted.contains(c.rank())
                        ? new Candidate(c.rank(), c.unit(), c.passageUnits(), c.askedWords(), c.match(),
                                c.score() + DEFINITION_FIRST, true, c.definesWhatIsAsked(), c.namedItem())
                        : c)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparingInt(Candidate::rank)
                        .thenComparingInt(c -> c.unit().position()))
                .toList();
    }

    /**
     * Picks units best first until a limit is reached; keyed by passage rank, then position.
     *
     * @param bestMatch how well the best unit matches: units far below it are not quoted
     * @param languages the programming languages the question names: of an example kept once per
     *                  language, theirs is quoted
     * @param passageUnits each passage's units, by rank
     */
    private Map<Integer, TreeMap<Integer, TextUnit>> choose(List<Candidate> candidates, double bestMatch, Set<String> languages,
                                                           List<RankedPassage> passages, Map<Integer, List<TextUnit>> passageUnits) {
        Map<Integer, TreeMap<Integer, TextUnit>> chosen = new TreeMap<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        int units = 0;
        int chars = 0;
        int codeChars = 0;
        // Pages that include one shared file, or repeat one notice, say the same sentence: it is said once, and so is
        // a sentence a version note repeats ("Changed in version 2.0: For GET requests, only `args` are present.").
        Set<String> said = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (units >= limits.units()) {
                break;
            }
            if (units > 0 && candidate.match() < bestMatch * KEEP_RELATIVE_TO_BEST || said.contains(whatItSays(candidate.unit()))) {
                continue;
            }
            List<TextUnit> quote = withContext(candidate, languages, limits.chars());
            int quoteChars = quote.stream().filter(u -> u.kind() != TextUnit.Kind.CODE).mapToInt(u -> u.text().length()).sum();
            if (units > 0 && chars + quoteChars > limits.chars()) {
                continue;
            }
            TreeMap<Integer, TextUnit> fromPassage = chosen.computeIfAbsent(candidate.rank(), r -> new TreeMap<>());
            List<TextUnit> examples = new ArrayList<>();
            for (TextUnit unit : quote) {
                // Examples come on top of the words: what the answer says, and cites, is chosen as if they were not there.
                if (unit.kind() == TextUnit.Kind.CODE) {
                    if (quotable(unit) && codeChars + unit.text().length() <= MAX_CODE_CHARS
                            && fromPassage.putIfAbsent(unit.position(), unit) == null) {
                        codeChars += unit.text().length();
                        examples.add(unit);
                    }
                } else if (fromPassage.putIfAbsent(unit.position(), unit) == null) {
                    units++;
                    chars += unit.text().length();
                    said.add(whatItSays(unit));
                }
            }
            for (TextUnit example : examples) {
                codeChars += quoteWhatFollowsTheExample(candidate.passageUnits(), example, languages, fromPassage,
                        MAX_CODE_CHARS - codeChars);
            }
        }
        chosen.forEach((rank, fromPassage) -> dropAnnouncementsOfLeftOutExamples(fromPassage, passageUnits.get(rank),
                carriesItsCitation(rank, chosen, passageUnits, passages)));
        return chosen;
    }

    /**
     * Whether a passage's quote, if it is only an announcement whose example is left out, stays to carry
     * the citation: a later passage's, when no other passage quotes words; the first passage's unless it
     * only labels an example and another passage of its page quotes more than that.
     */
    private static boolean carriesItsCitation(int rank, Map<Integer, TreeMap<Integer, TextUnit>> chosen,
                                              Map<Integer, List<TextUnit>> passageUnits, List<RankedPassage> passages) {
        if (rank != 0) {
            return !quotesWordsOfAnotherPassage(chosen, rank);
        }
        return !onlyLabelsAnExample(chosen.get(0), passageUnits.get(0))
                || chosen.keySet().stream().noneMatch(other -> other != 0 && onOnePage(passages.get(other), passages.get(0))
                        && quotesMoreThanDanglingAnnouncements(chosen.get(other), passageUnits.get(other)));
    }

    /** Whether all the passage quotes, apart from code, is "Examples of ...:" or the like. */
    private static boolean onlyLabelsAnExample(TreeMap<Integer, TextUnit> fromPassage, List<TextUnit> all) {
        return fromPassage.values().stream().filter(u -> u.kind() != TextUnit.Kind.CODE)
                .allMatch(u -> dangles(u, all, fromPassage) && EXAMPLE_LABEL.matcher(u.text()).lookingAt());
    }

    private static boolean quotesWordsOfAnotherPassage(Map<Integer, TreeMap<Integer, TextUnit>> chosen, int rank) {
        return chosen.entrySet().stream().anyMatch(e -> e.getKey() != rank
                && e.getValue().values().stream().anyMatch(u -> u.kind() != TextUnit.Kind.CODE));
    }

    /** Whether the passage's quote keeps words once the announcements of examples left out go. */
    private static boolean quotesMoreThanDanglingAnnouncements(TreeMap<Integer, TextUnit> fromPassage, List<TextUnit> all) {
        return fromPassage.values().stream().anyMatch(u -> u.kind() != TextUnit.Kind.CODE && !dangles(u, all, fromPassage));
    }

    private static boolean dangles(TextUnit unit, List<TextUnit> all, TreeMap<Integer, TextUnit> fromPassage) {
        return isIntroduction(unit) && (announcesALeftOutExample(all, unit, fromPassage) || unit.position() == all.size() - 1);
    }

    private static boolean onOnePage(RankedPassage one, RankedPassage other) {
        return one.passage().knowledgeBase().equals(other.passage().knowledgeBase())
                && one.passage().documentId().equals(other.passage().documentId());
    }

    /** A unit's words without its list mark or label: two classes' option lists mark the same item "* " and "- ". */
    private static String whatItSays(TextUnit unit) {
        return LEADING_LABEL.matcher(LIST_MARK.matcher(unit.text()).replaceFirst("")).replaceFirst("");
    }

    private static boolean quotable(TextUnit code) {
        return code.text().length() <= MAX_EXAMPLE_CHARS && code.text().lines().count() <= MAX_EXAMPLE_LINES + 2;
    }

    /**
     * "... as in this example:" without the example says nothing; where the example is too long to
     * quote, the examples' room ran out, or the passage ends before it (the next passage holds it),
     * the sentence goes too - unless it is all the answer quotes of its passage and that passage is
     * the first, or the only one quoted: then it carries the citation, and ends with a full stop, not
     * a colon that leads nowhere ("The `raw()` manager method can be used to perform raw SQL queries
     * that return model instances."). Beside other passages' words, "Here is how sessions work."
     * alone answers nothing, and its page is among the pages to read; so does the first passage's
     * "Examples of **correct** code for this rule.", which only labels the example, where another
     * passage of its page quotes what the rule's option does.
     */
    private static void dropAnnouncementsOfLeftOutExamples(TreeMap<Integer, TextUnit> fromPassage, List<TextUnit> all,
                                                          boolean carriesTheAnswer) {
        List<Integer> dangling = fromPassage.values().stream().filter(u -> dangles(u, all, fromPassage)).map(TextUnit::position).toList();
        for (int position : dangling) {
            boolean othersRemain = fromPassage.values().stream()
                    .anyMatch(u -> u.position() != position && u.kind() != TextUnit.Kind.CODE);
            if (othersRemain || !carriesTheAnswer) {
                fromPassage.remove(position);
            } else {
                fromPassage.put(position, statement(fromPassage.get(position)));
            }
        }
    }

    /** "... removed from output:" as "... removed from output.": the citation leads to what it announced. */
    private static TextUnit statement(TextUnit introduction) {
        String text = introduction.text();
        return new TextUnit(text.substring(0, text.length() - 1).stripTrailing() + ".", introduction.position(),
                introduction.kind(), introduction.group(), introduction.terms(), introduction.language());
    }

    /**
     * A step of a procedure is useless alone, and so is a sentence that announces a list, a table, a
     * message or an example: a chosen list item brings its whole (short) list and the sentence that
     * introduces it, a chosen message its introduction, and a chosen introduction brings the (short)
     * list, table, message or code block that follows it. Where
     * the example follows once per language (a site's tabs: ```js, ```python, ```java), the one in the
     * question's language is quoted, else the first. A table row that shares no content word with the
     * question is there because its section is what the question asks about ("can I enforce SSO?" under
     * "Enforcement modes"): one row of the choices would answer for all of them, so the whole short
     * table is quoted.
     */
    private static List<TextUnit> withContext(Candidate candidate, Set<String> languages, int maxChars) {
        TextUnit unit = candidate.unit();
        List<TextUnit> all = candidate.passageUnits();
        if (unit.kind() == TextUnit.Kind.TABLE_ROW && candidate.askedWords() == 0) {
            List<TextUnit> rows = group(all, unit.group());
            if (rows.size() <= MAX_WHOLE_TABLE_ROWS && rows.stream().mapToInt(r -> r.text().length()).sum() <= maxChars) {
                List<TextUnit> quote = new ArrayList<>();
                introduction(all, rows.getFirst()).ifPresent(quote::add);
                quote.addAll(rows);
                return quote;
            }
        }
        if (unit.kind() == TextUnit.Kind.LIST_ITEM) {
            List<TextUnit> items = group(all, unit.group());
            if (items.size() > MAX_GROUP_UNITS || (isParameterList(items) || candidate.namedItem()) && !unit.text().endsWith(":")) {
                return List.of(unit);
            }
            List<TextUnit> quote = new ArrayList<>();
            introduction(all, items.getFirst()).ifPresent(quote::add);
            quote.addAll(items);
            exampleOfTheStep(all, items.getLast(), languages).ifPresent(quote::add);
            return quote;
        }
        if (unit.kind() == TextUnit.Kind.SENTENCE && unit.group() >= 0) {
            List<TextUnit> quote = new ArrayList<>();
            introduction(all, unit).ifPresent(quote::add);
            quote.add(unit);
            return quote;
        }
        List<TextUnit> examplesBefore = goesOnAboutTheExampleBefore(unit) ? examplesBefore(all, unit) : List.of();
        Optional<TextUnit> exampleBefore = examplesBefore.isEmpty() ? Optional.empty()
                : Optional.of(inTheirLanguage(examplesBefore, languages)).filter(ExtractiveAnswerGenerator::quotable);
        if (exampleBefore.isPresent()) {
            List<TextUnit> quote = new ArrayList<>();
            introduction(all, examplesBefore.getFirst()).ifPresent(quote::add);
            quote.add(exampleBefore.get());
            quote.add(unit);
            return quote;
        }
        List<TextUnit> examples = isIntroduction(unit) ? examplesAfter(all, unit) : List.of();
        if (!examples.isEmpty()) {
            return List.of(unit, inTheirLanguage(examples, languages));
        }
        List<TextUnit> named = withTheExampleItNames(all, unit, languages);
        if (!named.isEmpty()) {
            return named;
        }
        Optional<TextUnit> sequel = sequelThatShowsHow(all, unit);
        if (sequel.isPresent()) {
            TextUnit example = inTheirLanguage(examplesAfter(all, sequel.get()), languages);
            return quotable(example) ? List.of(unit, sequel.get(), example) : List.of(unit, statement(sequel.get()));
        }
        if (isIntroduction(unit) && unit.position() + 1 < all.size()) {
            TextUnit next = all.get(unit.position() + 1);
            List<TextUnit> following = next.group() < 0 ? List.of() : group(all, next.group());
            if (!following.isEmpty() && following.size() <= MAX_GROUP_UNITS) {
                List<TextUnit> quote = new ArrayList<>(List.of(unit));
                quote.addAll(following);
                exampleOfTheStep(all, following.getLast(), languages).ifPresent(quote::add);
                return quote;
            }
        }
        return sentenceItSpeaksOf(all, unit).map(before -> List.of(before, unit)).orElse(List.of(unit));
    }

    /**
     * A sentence that names the example after it without a colon, and the example: undici's "This
     * example demonstrates how to use `fetch` with a proxy via `ProxyAgent`. It is particularly useful
     * for scenarios requiring proxy tunneling." and then the code. Quoted alone, it promised an example
     * that the answer did not show. The paragraph's one sentence between them comes too. Empty where
     * the sentence names no example, or none short enough to quote follows.
     */
    private static List<TextUnit> withTheExampleItNames(List<TextUnit> all, TextUnit unit, Set<String> languages) {
        if (!isPlainSentence(unit) || !NAMES_THE_EXAMPLE_AFTER.matcher(unit.text()).lookingAt()) {
            return List.of();
        }
        List<TextUnit> quote = new ArrayList<>(List.of(unit));
        TextUnit last = unit;
        if (unit.position() + 1 < all.size() && isPlainSentence(all.get(unit.position() + 1))) {
            last = all.get(unit.position() + 1);
            quote.add(last);
        }
        List<TextUnit> examples = examplesAfter(all, last);
        if (examples.isEmpty()) {
            return List.of();
        }
        TextUnit example = inTheirLanguage(examples, languages);
        if (!quotable(example)) {
            return List.of();
        }
        quote.add(example);
        return quote;
    }

    /**
     * The example right after a list's last item, where that item is a step that leads to it - it ends
     * with a colon, or says what to do ("1. Create the `measurement` table as a partitioned table by
     * specifying the `PARTITION BY` clause ..." and its {@code CREATE TABLE}): quoted without it, the
     * step told the asker to do what only its example shows. Empty where the example is too long.
     */
    private static Optional<TextUnit> exampleOfTheStep(List<TextUnit> all, TextUnit step, Set<String> languages) {
        String words = LIST_MARK.matcher(step.text()).replaceFirst("");
        List<TextUnit> examples = examplesAfter(all, step);
        if (step.kind() != TextUnit.Kind.LIST_ITEM || examples.isEmpty()
                || !(words.endsWith(":") || SAYS_WHAT_TO_DO.matcher(words).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(inTheirLanguage(examples, languages)).filter(ExtractiveAnswerGenerator::quotable);
    }

    private static TextUnit inTheirLanguage(List<TextUnit> examples, Set<String> languages) {
        return examples.stream().filter(e -> e.language().filter(languages::contains).isPresent())
                .findFirst().orElse(examples.getFirst());
    }

    /**
     * The next sentence, where it goes on about what this one says and announces the example that
     * shows how: a tutorial's "Now, it is time to extract the strings to be translated from the
     * program source code." matches the question best, and it is "This is achieved with xgettext,
     * which can be invoked as follows:" and the command after it that answer it. Where the example
     * is too long to quote, the sentence still says what to use ("The easiest way to do so is
     * leveraging the fs.ReadStream API ..."), and the citation leads to the example.
     */
    private static Optional<TextUnit> sequelThatShowsHow(List<TextUnit> all, TextUnit unit) {
        if (!isPlainSentence(unit) || isIntroduction(unit) || unit.position() + 1 >= all.size()) {
            return Optional.empty();
        }
        TextUnit next = all.get(unit.position() + 1);
        return isPlainSentence(next) && isIntroduction(next) && REFERS_BACK.matcher(next.text()).lookingAt()
                && !examplesAfter(all, next).isEmpty() ? Optional.of(next) : Optional.empty();
    }

    /**
     * The sentence before, where this one speaks of what that one said: under `request.url`, "This
     * contains only the URL that is present in the actual HTTP request." answered "how do I get the
     * URL of a request?" and left the asker to guess what "this" was; "Request URL string." says.
     * Likewise for "this option" or "this setting" anywhere in the sentence: aiohttp's "You do NOT need
     * this option to follow symlinks ..." did not say that it was `follow_symlinks`. Not "this method"
     * or "this function": in an API reference that is the entry the heading names.
     * Not a label ("Danger: Deprecated"), nor a sentence that only sends the reader elsewhere.
     */
    private static Optional<TextUnit> sentenceItSpeaksOf(List<TextUnit> all, TextUnit unit) {
        if (!isPlainSentence(unit) || unit.position() == 0 || !(SPEAKS_OF_THE_SENTENCE_BEFORE.matcher(unit.text()).lookingAt()
                || THIS_OPTION.matcher(unit.text()).find())) {
            return Optional.empty();
        }
        TextUnit before = all.get(unit.position() - 1);
        return isPlainSentence(before) && before.text().endsWith(".") && !answersNothing(before) && !isBareVersionNote(before)
                ? Optional.of(before) : Optional.empty();
    }

    /**
     * Quotes the sentence right after a quoted example, where it goes on about it or says what to do,
     * and returns the characters of code that took: a troubleshooting page shows the message ("the
     * browser console shows something like:" and the CSP error) and then the fix ("Add Formwell to
     * your policy:" and the directive), and the asker who pasted the message had been shown only the
     * message. An announcement comes with its example, or not at all. Like the example, the sentence
     * comes on top of the words the answer chose, so that it never takes another passage's place.
     */
    private static int quoteWhatFollowsTheExample(List<TextUnit> all, TextUnit example, Set<String> languages,
                                                 TreeMap<Integer, TextUnit> fromPassage, int codeRoom) {
        // Past the same example in the other languages, if the page shows it once per language.
        int next = example.position() + 1 + examplesAfter(all, example).size();
        if (next >= all.size() || !isPlainSentence(all.get(next))) {
            return 0;
        }
        TextUnit sentence = all.get(next);
        if (!goesOnAboutTheExampleBefore(sentence) && !SAYS_WHAT_TO_DO.matcher(sentence.text()).lookingAt()) {
            return 0;
        }
        if (!isIntroduction(sentence)) {
            fromPassage.putIfAbsent(sentence.position(), sentence);
            return 0;
        }
        List<TextUnit> itsExamples = examplesAfter(all, sentence);
        TextUnit itsExample = itsExamples.isEmpty() ? null : inTheirLanguage(itsExamples, languages);
        if (itsExample == null || !quotable(itsExample) || itsExample.text().length() > codeRoom
                || fromPassage.containsKey(sentence.position())) {
            return 0;
        }
        fromPassage.put(sentence.position(), sentence);
        return fromPassage.putIfAbsent(itsExample.position(), itsExample) == null ? itsExample.text().length() : 0;
    }

    /**
     * Whether a sentence goes on about the example right before it: "This configuration ensures that
     * the Babel parser ... is used to parse all files ending with `.js`" matches "How do I configure a
     * custom parser?" best, and quoted without the configuration it speaks of, it left the asker to
     * guess what "this configuration" was. Such a sentence comes after its (short) example and the
     * sentence that announces that; where the example is too long to quote, it stands alone and cites
     * where it is.
     */
    private static boolean goesOnAboutTheExampleBefore(TextUnit unit) {
        return isPlainSentence(unit) && !isIntroduction(unit) && ABOUT_THE_EXAMPLE_BEFORE.matcher(unit.text()).lookingAt();
    }

    private static boolean isUndescribedParameter(TextUnit unit) {
        return unit.kind() == TextUnit.Kind.LIST_ITEM && UNDESCRIBED.matcher(unit.text()).find();
    }

    /**
     * An API reference's list of a function's parameters or a class's options, each a name and its
     * type ("`path` {string|Buffer|URL}", "**keepAliveTimeout** `number | null` (optional) - ..."):
     * entries to look up, not a procedure. The item that matches is worth quoting
     * ("`path` ... Present only if a directory is created with `recursive` set to `true`"); its
     * siblings are not, and quoted whole they had filled the answer about creating a directory before
     * the sentence that says how - and a long options list that a passage cuts to a few items looks
     * short. An item that ends with a colon ("Returns: {Object} The parsed command line arguments:")
     * still brings the items that say what it announces.
     */
    private static boolean isParameterList(List<TextUnit> items) {
        return items.stream().filter(item -> PARAMETER.matcher(item.text()).lookingAt()).count() * 2 > items.size();
    }

    private static boolean announcesALeftOutExample(List<TextUnit> all, TextUnit introduction, TreeMap<Integer, TextUnit> quoted) {
        List<TextUnit> examples = examplesAfter(all, introduction);
        return !examples.isEmpty() && examples.stream().noneMatch(example -> quoted.containsKey(example.position()));
    }

    /** The code blocks right after a unit: one example, or the same example once per language. */
    private static List<TextUnit> examplesAfter(List<TextUnit> units, TextUnit unit) {
        List<TextUnit> examples = new ArrayList<>();
        for (int i = unit.position() + 1; i < units.size() && units.get(i).kind() == TextUnit.Kind.CODE; i++) {
            examples.add(units.get(i));
        }
        return examples;
    }

    /** The code blocks right before a unit, in the page's order. */
    private static List<TextUnit> examplesBefore(List<TextUnit> units, TextUnit unit) {
        List<TextUnit> examples = new ArrayList<>();
        for (int i = unit.position() - 1; i >= 0 && units.get(i).kind() == TextUnit.Kind.CODE; i--) {
            examples.addFirst(units.get(i));
        }
        return !examples.isEmpty() && isCutExample(examples.getFirst()) ? List.of() : examples;
    }

    /**
     * The end of an example that the passage begins inside of: its first line indented, as a cut through
     * a function leaves it ("        if errors:"). Quoted before "This produces the following views", it
     * showed half a class.
     */
    private static boolean isCutExample(TextUnit code) {
        return code.position() == 0 && code.text().lines().skip(1).findFirst()
                .filter(line -> !line.isEmpty() && Character.isWhitespace(line.charAt(0))).isPresent();
    }

    private static List<TextUnit> group(List<TextUnit> units, int group) {
        return units.stream().filter(u -> u.group() == group).toList();
    }

    private static Optional<TextUnit> introduction(List<TextUnit> units, TextUnit first) {
        if (first.position() == 0) {
            return Optional.empty();
        }
        TextUnit before = units.get(first.position() - 1);
        return isIntroduction(before) ? Optional.of(before) : Optional.empty();
    }

    private static List<Candidate> withoutSentencesThatAnswerNothing(List<Candidate> candidates) {
        double bestAnswering = candidates.stream().filter(c -> !answersNothing(c.unit())).mapToDouble(Candidate::match).max().orElse(0);
        return candidates.stream()
                .filter(c -> !answersNothing(c.unit()) || c.match() > NON_ANSWER_OUTWEIGHS * bestAnswering)
                .toList();
    }

    /**
     * A sentence about the page, one that sends the reader elsewhere, one that asks ("How would you
     * do it?", "Why do we need them if we already have `decorate`?": a guide's rhetorical questions
     * repeat the asker's words and answer nothing), or the end of one an example cut in two.
     */
    private static boolean answersNothing(TextUnit unit) {
        return ABOUT_A_PAGE.matcher(unit.text()).find() || unit.kind() == TextUnit.Kind.SENTENCE
                && (unit.text().endsWith("?") || CONTINUES_A_SENTENCE.matcher(unit.text()).find());
    }

    /** A sentence of a paragraph, not an announced message, which stands on a line of its own. */
    private static boolean isPlainSentence(TextUnit unit) {
        return unit.kind() == TextUnit.Kind.SENTENCE && unit.group() < 0;
    }

    private static boolean isIntroduction(TextUnit unit) {
        return unit.kind() == TextUnit.Kind.SENTENCE && unit.text().endsWith(":") && !isBareVersionNote(unit);
    }

    private static boolean isBareVersionNote(TextUnit unit) {
        return BARE_VERSION_NOTE.matcher(unit.text()).matches();
    }

    private static Draft compose(List<RankedPassage> passages, Map<Integer, TreeMap<Integer, TextUnit>> chosen) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        for (var entry : chosen.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            int number = citations.cite(passages.get(entry.getKey()));
            TextUnit previous = null;
            for (TextUnit unit : entry.getValue().values()) {
                if (!text.isEmpty()) {
                    boolean runOn = previous != null && isPlainSentence(previous) && isPlainSentence(unit)
                            && !previous.text().endsWith(":");
                    text.append(runOn ? " " : "\n");
                }
                text.append(unit.text());
                if (unit.kind() != TextUnit.Kind.CODE) {
                    text.append(" [").append(number).append(']');
                }
                previous = unit;
            }
        }
        return new Draft(text.toString(), citations.sources());
    }

    /**
     * @param askedWords how much of what the question asks about the unit's own words cover (question words
     *                   such as "how" and "can" left out)
     * @param match how well the unit matches the question (its words, its section's heading)
     * @param score match plus a prior for the passage's rank, which orders the candidates
     * @param definition whether the unit is the definition that opens a section headed by a name asked about,
     *                   or the item of a list of names led by a name the question asks what it is
     * @param definesWhatIsAsked whether its passage opens the section of a name the question asks what it is or does
     * @param namedItem whether the unit is a list item led by a name the question names: it answers alone,
     *                  without the items beside it
     */
    private record Candidate(int rank, TextUnit unit, List<TextUnit> passageUnits, double askedWords, double match, double score,
                             boolean definition, boolean definesWhatIsAsked, boolean namedItem) {
    }
}
