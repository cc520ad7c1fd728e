package dev.docent.core.retrieval;

import dev.docent.core.error.Causes;
import dev.docent.core.index.Identifiers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names a question's subject line uses that no passage mentions. A feature request names what it
 * wants - a rule ("New Rule: max-functions-per-file"), an option ("Add an allowNonIndexedObject
 * option"), a flag ("npm workspaces --parallel") - and docs that have it name it where they
 * document it. Retrieval cannot tell: the page about the rule or command the request is about comes
 * first, and reads as settling it (typescript-eslint's `dot-notation` page answered the request for
 * its missing option at 0.98). Only the subject is read: a description names the asker's own code
 * and files, which no page holds.
 */
final class UnmentionedNames {

    private static final Logger log = LoggerFactory.getLogger(UnmentionedNames.class);

    /** A request names one thing or two; a subject line of many names is pasted code, not a request. */
    private static final int MAX_NAMES = 4;
    /** "variable/parameter", "error/warn": words set side by side with a slash are prose, not a name. */
    private static final Pattern SLASHED_WORDS = Pattern.compile("\\p{Ll}+(?:/\\p{Ll}+)+");
    /**
     * "callback-style", "promise-based", "thread-safe", "top-level": a word and one of these joined into
     * a description of something, not its name (async's "something like Promise.race for callback-style
     * tasks" was told that no page mentions `callback-style`). A rule or an option that a hyphen joins
     * ("no-unused-vars", "max-len") ends otherwise; one that ends so ("brace-style") is named by the
     * page that documents it, and a request for a new one is read by its other words.
     */
    private static final Pattern DESCRIBING_COMPOUND = Pattern.compile("\\p{Ll}+-(?:style|based|like|side|safe|aware|"
            + "friendly|only|free|specific|level|wide|compatible|agnostic|ready|driven|oriented|related|sensitive)");
    /** "v8.57.0", "2.x", "1.0.0-beta.1": a release the asker is on, not what the request asks for. */
    private static final Pattern RELEASE = Pattern.compile("v?\\d+(?:\\.(?:\\d+|x))+(?:-[\\w.]+)?|v\\d+", Pattern.CASE_INSENSITIVE);

    private final PassageSearch search;

    UnmentionedNames(PassageSearch search) {
        this.search = search;
    }

    /** The subject's names that no passage of these knowledge bases mentions, however it writes them; as the subject writes them. */
    CompletableFuture<Set<String>> of(SearchQuery query, Set<String> knowledgeBases) {
        List<String> names = asked(query);
        if (names.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        String subject = query.subjectOrText();
        return search.nameMentions(names, knowledgeBases).<Set<String>>thenApply(counts -> {
            Set<String> unmentioned = new LinkedHashSet<>();
            names.stream().filter(name -> counts.getOrDefault(name, 0L) == 0).forEach(name -> unmentioned.add(asWritten(subject, name)));
            return unmentioned;
        }).exceptionally(UnmentionedNames::noneKnown);
    }

    /**
     * A check that failed says nothing about the names: the request is decided by its verdict, as
     * without the check, rather than the answer failing after retrieval succeeded.
     */
    private static Set<String> noneKnown(Throwable failure) {
        log.atWarn().addKeyValue("cause", Causes.describe(failure))
                .log("could not check a request's names against the docs; decided without them");
        return Set.of();
    }

    /** The name as the asker wrote it, capitals and a flag's dashes included: the asker reads it back. */
    static String asWritten(String subject, String name) {
        Matcher written = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(subject);
        if (!written.find()) {
            return name;
        }
        int start = written.start();
        while (start > 0 && subject.charAt(start - 1) == '-') {
            start--;
        }
        return subject.substring(start, written.end());
    }

    /**
     * The names the subject line (or a short question) writes, each once: without the spelling
     * {@link Identifiers} adds for a snake_case name, which the mention check tries anyway.
     */
    static List<String> asked(SearchQuery query) {
        Set<String> names = Identifiers.names(query.subjectOrText());
        Set<String> addedSpellings = names.stream().filter(name -> !Identifiers.joinedSpelling(name).equals(name))
                .map(Identifiers::joinedSpelling).collect(Collectors.toSet());
        List<String> asked = names.stream()
                .filter(name -> !addedSpellings.contains(name))
                .filter(name -> !SLASHED_WORDS.matcher(name).matches() && !RELEASE.matcher(name).matches()
                        && !DESCRIBING_COMPOUND.matcher(name).matches())
                .toList();
        return asked.size() > MAX_NAMES ? List.of() : asked;
    }
}
