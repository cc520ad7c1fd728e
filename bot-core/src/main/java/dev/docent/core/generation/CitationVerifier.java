package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.answer.Citation;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every answer's citations before anyone reads it - the extractive generator's as much as
 * a model's: a marker for a passage that was not given is removed; a sentence whose cited passage
 * does not contain most of its content words is flagged in a note; a claim without any source is
 * flagged too; and an answer left without a single valid citation becomes the honest "not in the
 * documentation". The citations are renumbered in order of first use, two passages of one section
 * count as one source, and only cited passages are listed as sources, each with the passage's own
 * sentences that back the answer as its snippet.
 */
public final class CitationVerifier {

    /**
     * @param support         share of a sentence's content words its cited passages must contain
     * @param uncitedMinTerms content words from which a sentence without a marker counts as a claim
     */
    public record Thresholds(double support, int uncitedMinTerms) {

        public static Thresholds defaults() {
            return new Thresholds(0.5, 4);
        }
    }

    /** A group of markers with the spaces before it, which go with it when none of its markers is kept. */
    private static final Pattern MARKER_GROUP = Pattern.compile("([ \\t]*)\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");
    private static final int SNIPPET_CHARS = 240;
    private static final int QUOTE_CHARS = 80;

    private final Thresholds thresholds;
    private final MeterRegistry metrics;

    public CitationVerifier(Thresholds thresholds, MeterRegistry metrics) {
        this.thresholds = thresholds;
        this.metrics = metrics;
    }

    public GeneratedAnswer verify(Draft draft) {
        String valid = FencedCode.mapProse(draft.text(), prose -> withValidMarkersOnly(prose, draft.sources().size())).strip();
        CitationList numbering = new CitationList();
        String text = FencedCode.mapProse(valid, prose -> renumbered(prose, draft.sources(), numbering));
        List<RankedPassage> sources = numbering.sources();
        if (sources.isEmpty()) {
            metrics.counter("docent.answers.uncited").increment();
            // The model was paid for even when nothing it wrote can be sent.
            GeneratedAnswer notFound = GeneratedAnswer.notFound().withSpend(draft.spend());
            // A stand-in's "not found" is no more the wanted answer than its text would have been.
            return draft.degraded() ? notFound.asDegraded() : notFound;
        }
        List<String> notes = new ArrayList<>();
        Map<Integer, Set<String>> backing = new LinkedHashMap<>();
        for (Claim claim : Claim.of(text)) {
            Set<String> terms = EnglishTerms.of(claim.plainText());
            if (claim.citations().isEmpty()) {
                if (terms.size() >= thresholds.uncitedMinTerms()) {
                    metrics.counter("docent.claims.flagged", "reason", "uncited").increment();
                    notes.add("No source is given for: " + quote(claim) + ".");
                }
                continue;
            }
            Set<String> cited = new LinkedHashSet<>();
            for (int n : claim.citations()) {
                IndexedPassage passage = sources.get(n - 1).passage();
                cited.addAll(EnglishTerms.of(passage.title() + "\n" + passage.section() + "\n" + passage.text()));
                backing.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(bestUnit(passage.text(), terms));
            }
            if (EnglishTerms.coverage(terms, cited) < thresholds.support()) {
                metrics.counter("docent.claims.flagged", "reason", "unsupported").increment();
                notes.add("Check this against its source " + markers(claim.citations()) + ", which does not clearly say it: "
                        + quote(claim) + ".");
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            IndexedPassage p = sources.get(i).passage();
            String snippet = String.join(" ", backing.getOrDefault(i + 1, Set.of()));
            citations.add(new Citation(i + 1, p.title(), p.sectionLabel(), p.url(), p.knowledgeBase(), p.documentId(),
                    snippet(snippet.isBlank() ? p.text() : snippet)));
        }
        return new GeneratedAnswer(text, citations, sources, notes, draft.degraded(), draft.spend());
    }

    /** Expands "[1, 2]" to "[1][2]" and drops markers for passages that were not given. */
    private String withValidMarkersOnly(String text, int given) {
        Matcher group = MARKER_GROUP.matcher(text);
        StringBuilder out = new StringBuilder();
        int removed = 0;
        while (group.find()) {
            StringBuilder kept = new StringBuilder();
            for (String number : group.group(2).split(",")) {
                int n = Integer.parseInt(number.strip());
                if (n >= 1 && n <= given) {
                    kept.append('[').append(n).append(']');
                } else {
                    removed++;
                }
            }
            group.appendReplacement(out, Matcher.quoteReplacement(kept.isEmpty() ? "" : group.group(1) + kept));
        }
        group.appendTail(out);
        if (removed > 0) {
            metrics.counter("docent.citations.removed").increment(removed);
        }
        // Only where a marker was: "claim [7]." becomes "claim.", and "run `eslint .`" elsewhere stays as written.
        return out.toString();
    }

    /**
     * Numbers the cited passages 1, 2, ... in order of first use, across the calls that share
     * {@code numbering}; two passages of one section become one source ({@link CitationList}), so a
     * model's "[2][3]" for them reads "[2]".
     */
    private static String renumbered(String text, List<RankedPassage> given, CitationList numbering) {
        Matcher marker = Claim.MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        int previous = 0;
        int previousEnd = -1;
        while (marker.find()) {
            int number = numbering.cite(given.get(Integer.parseInt(marker.group(1)) - 1));
            boolean repeated = number == previous && marker.start() == previousEnd;
            marker.appendReplacement(out, repeated ? "" : "[" + number + "]");
            previous = number;
            previousEnd = marker.end();
        }
        marker.appendTail(out);
        return out.toString();
    }

    private static String bestUnit(String passageText, Set<String> claimTerms) {
        return TextUnits.of(passageText).stream()
                .filter(u -> u.kind() != TextUnit.Kind.CODE)
                .max(Comparator.comparingDouble((TextUnit u) -> EnglishTerms.coverage(claimTerms, u.terms()))
                        .thenComparing(u -> -u.position()))
                .map(TextUnit::text)
                .orElse(passageText);
    }

    private static String markers(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        numbers.forEach(n -> out.append('[').append(n).append(']'));
        return out.toString();
    }

    private static String quote(Claim claim) {
        String plain = claim.plainText();
        return "\"" + (plain.length() <= QUOTE_CHARS ? plain : plain.substring(0, QUOTE_CHARS - 1).strip() + "…") + "\"";
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_CHARS - 1);
        return flat.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS - 1) + "…";
    }
}
