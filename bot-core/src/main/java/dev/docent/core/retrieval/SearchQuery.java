package dev.docent.core.retrieval;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.Identifiers;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as retrieval reads it. Real questions are often issue-shaped: a subject line, then a
 * description with pasted code, config and error output. The whole text is searched; the subject -
 * the first line of a multi-line question, or the first sentence of a long one - is also embedded
 * on its own, because it says in a few words what the rest is about (on the ESLint dev set's tune
 * half, pages close to the subject were right more often). A leading tag such as "[BUG]" or
 * "Feature request:" says what kind of message it is, not what it is about, so search skips it.
 *
 * @param text        the question without its leading tag, a pasted stack trace cut to its first frames ({@link StackFrames}),
 *                    a pasted log's line marker kept once ({@link LogMarkers}), an issue form's checklist and
 *                    environment fields left out ({@link IssueFormFields}), its links reduced to the words at their
 *                    ends and its images left out ({@link PastedLinks})
 * @param subject     its subject when that differs from the text
 * @param terms       its content words as the English analyzer sees them, without the words that
 *                    make it a question ("how", "do", "I", "my"): what it asks about
 * @param identifiers its code-like names ({@link Identifiers})
 * @param languages   the programming languages it names ({@link LanguageVariants})
 * @param releases    the product releases it names ({@link VersionVariants})
 * @param writtenIn   the human language its prose is written in, if it says ({@link ProseLanguage})
 * @param asksWhatItIs whether it asks what something is or does ("what does the no-unused-vars rule do?"):
 *                    a page titled by that name answers in its opening, which its best-matching
 *                    passages (the options, the examples) often are not
 */
public record SearchQuery(String text, Optional<String> subject, Set<String> terms, Set<String> identifiers,
                          Set<String> languages, Set<Release> releases, Optional<String> writtenIn, boolean asksWhatItIs) {

    /** The kinds of tag that file a message as a request for a change: "[Feature]", "Enhancement:", "New rule:", npm's "[RRFC]". */
    private static final String REQUEST_KINDS = "feature(?:\\s+request)?|feat|enhancement|proposal|suggestion|change\\s+request"
            + "|rule\\s+(?:proposal|change)|new\\s+(?:rule|option|feature)|rr?fc";
    /** An emoji that leads an issue's title ("🐛 BUG: ...", "✨ Add ..."), as gitmoji conventions have it. */
    private static final String PICTOGRAPH = "[\\p{So}\\x{FE0F}\\x{200D}]+\\s*";
    private static final Pattern LEADING_TAG = Pattern.compile(
            "^\\s*(?:" + PICTOGRAPH + "|\\[[^\\]\\n]{1,30}]\\s*|\\((?:bug|feature|question|proposal|docs?)\\)\\s*"
                    + "|(?:bug(?: report)?|" + REQUEST_KINDS + "|question|regression|request|help|docs?)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHAT_IT_IS = Pattern.compile(
            "^(?!what(?:'s|\\s+is)\\s+the\\s+\\w+\\s+way\\b)(?:what(?:'s|\\s+(?:is|are|does|do))|how\\s+(?:does|do)\\s.+\\swork"
                    + "|explain|describe|define)\\b[^\\n]{0,80}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A subject line that asks the product to change, in the imperative an issue tracker's titles use:
     * "Add --quiet option in eslintrc", "Support multiple parsers for different rules". Not a line
     * ending in a question mark ("Add a logo to a form?" asks how), and not "make" or "enable", which
     * chat users write for what they want to do themselves.
     */
    private static final Pattern ASKS_FOR_CHANGE = Pattern.compile(
            "^[\\s:\\-\u2013\u2014]*(?:please\\s+)?(?:add|allow|support|provide|implement|introduce|expose)\\s+[^\\n]*(?<!\\?)$",
            Pattern.CASE_INSENSITIVE);
    /** A leading tag that files the message as a request for a change, whatever its title and description read like. */
    private static final Pattern REQUEST_TAG = Pattern.compile(
            "^\\s*(?:" + PICTOGRAPH + ")?(?:\\[\\s*(?:" + REQUEST_KINDS + ")\\s*]|\\((?:feature|proposal)\\)|(?:" + REQUEST_KINDS + ")\\s*:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_THE_ASKING_CLAUSE = Pattern.compile("(?s)(?<=[?\\n]).*");
    /** A leading tag that files the message as a question: "[Question]", "Question:", "[Help]". */
    private static final Pattern QUESTION_TAG = Pattern.compile(
            "^\\s*(?:" + PICTOGRAPH + ")?(?:\\[\\s*(?:question|help|q&a|how[\\s-]?to)\\s*]|(?:question|help)\\s*:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_TO_TITLE = Pattern.compile("how\\s+(?:to|do|can|could|should)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{20,200}?[.?!])\\s");
    private static final int SUBJECT_MIN_CHARS = 8;
    private static final int SUBJECT_MAX_CHARS = 200;
    private static final int LONG_QUESTION_CHARS = 250;

    public SearchQuery {
        subject = subject.filter(s -> !s.equals(text));
        terms = inQuestionOrder(terms);
        identifiers = inQuestionOrder(identifiers);
        languages = inQuestionOrder(languages);
        releases = inQuestionOrder(releases);
    }

    /**
     * In the order the question says them. {@code Set.copyOf} iterates in an order that changes from
     * one JVM to the next, and the order of the identifiers is the order of the search's clauses: their
     * scores are summed in it, so two runs differed in the last bits and pages that nearly tie swapped
     * places.
     */
    private static <T> Set<T> inQuestionOrder(Set<T> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    public static SearchQuery of(String question) {
        String asked = withoutLeadingTag(question.strip());
        String pasted = LogMarkers.keptOnce(StackFrames.trimmed(asked));
        // An issue form's environment fields name the release the reporter runs: a version to prefer, not words to search.
        String text = PastedLinks.reduced(IssueFormFields.leftOut(pasted));
        return new SearchQuery(text, subjectOf(text), EnglishTerms.asked(text), Identifiers.of(text),
                LanguageVariants.namedIn(asked), Release.namedIn(pasted), ProseLanguage.of(text), asksWhatItIs(text));
    }

    /**
     * The question's first sentence or line, up to its question mark: where "what does util.promisify
     * do?" names what it asks about, and "what do I need to install first? page.goto(url)" does not;
     * what follows says what the asker tried or pasted.
     */
    public static String askingClause(String question) {
        return AFTER_THE_ASKING_CLAUSE.matcher(question.strip()).replaceFirst("");
    }

    /**
     * Whether a question asks what something is or does: "what is X?", "what does X do", "what's X
     * for", "how does X work", "explain X", on one short line; not "what is the best way to ...".
     */
    public static boolean asksWhatItIs(String question) {
        return WHAT_IT_IS.matcher(withoutLeadingTag(question.strip())).matches();
    }

    /**
     * Whether a question's first line asks for a change to the product ("Allow regexps in
     * id-denylist"): a feature request, however much of its description reads like a how-to.
     */
    public static boolean asksForChange(String question) {
        String firstLine = withoutLeadingTag(question.strip()).lines().findFirst().orElse("").strip();
        return ASKS_FOR_CHANGE.matcher(firstLine).matches();
    }

    /**
     * What a question says it is about in a few words: its subject line (or a long question's first
     * sentence), without its leading tag; the whole question when it has none.
     */
    public static String subjectLine(String question) {
        String text = withoutLeadingTag(question.strip());
        return subjectOf(text).orElse(text);
    }

    /** Whether a question opens with a tag that files it as a request for a change ("Enhancement: ..."). */
    public static boolean taggedAsRequest(String question) {
        return REQUEST_TAG.matcher(question).lookingAt();
    }

    /** Whether a question opens with a tag that files it as a question ("[Question] ..."). */
    public static boolean taggedAsQuestion(String question) {
        return QUESTION_TAG.matcher(question).lookingAt();
    }

    /**
     * Whether a question's first line asks how to do something ("How to disable the default request
     * logging."), whatever its description reads like: an issue form's "Questions and Help" template.
     */
    public static boolean titledAsHowTo(String question) {
        return HOW_TO_TITLE.matcher(withoutLeadingTag(question.strip())).lookingAt();
    }

    /**
     * Whether an issue's title line asks, above its description: "Slice with .loc includes stop index.
     * Not consistent with Python standards?" asks why, whatever the issue form below it reports. A
     * message of one line is left alone: "is the export broken?" says what the asker reports.
     */
    public static boolean titledAsQuestion(String question) {
        String text = withoutLeadingTag(question.strip());
        int newline = text.indexOf('\n');
        return newline > 0 && text.substring(0, newline).strip().endsWith("?") && !text.substring(newline).isBlank();
    }

    /** A chat-sized question: no subject line, at most a few sentences. */
    public boolean isShort() {
        return subject.isEmpty() && text.length() <= LONG_QUESTION_CHARS;
    }

    /** What the semantic search of the subject embeds: the subject, or the whole text when there is none. */
    public String subjectOrText() {
        return subject.orElse(text);
    }

    private static String withoutLeadingTag(String question) {
        Matcher tag = LEADING_TAG.matcher(question);
        if (tag.find() && tag.end() < question.length()) {
            return question.substring(tag.end()).strip();
        }
        return question;
    }

    private static Optional<String> subjectOf(String text) {
        int newline = text.indexOf('\n');
        if (newline > 0) {
            String firstLine = withoutLeadingTag(text.substring(0, newline).strip());
            if (firstLine.length() >= SUBJECT_MIN_CHARS && firstLine.length() <= SUBJECT_MAX_CHARS) {
                return Optional.of(firstLine);
            }
        }
        if (text.length() > LONG_QUESTION_CHARS) {
            Matcher sentence = FIRST_SENTENCE.matcher(text);
            if (sentence.find()) {
                return Optional.of(sentence.group(1));
            }
        }
        return Optional.empty();
    }
}
