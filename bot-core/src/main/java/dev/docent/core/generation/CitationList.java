package dev.docent.core.generation;

import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out citation numbers in the order passages are first cited, so that [1] is always the
 * first source mentioned and the source list matches the text exactly. Two passages of one section
 * (a long section is stored in several) are one source: the asker would read two identical lines
 * under "Sources", same page, same section, same link. That source's text is both passages', so
 * the citation verifier finds every quoted sentence in it. The extractive generator numbers its
 * draft with it, and the verifier numbers every answer with it again, a model's too.
 */
final class CitationList {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<RankedPassage> sources = new ArrayList<>();

    int cite(RankedPassage ranked) {
        String source = sourceKey(ranked.passage());
        Integer number = numbers.get(source);
        if (number == null) {
            sources.add(ranked);
            numbers.put(source, sources.size());
            return sources.size();
        }
        RankedPassage cited = sources.get(number - 1);
        if (!cited.passage().text().contains(ranked.passage().text())) {
            sources.set(number - 1, withTextOf(cited, ranked.passage()));
        }
        return number;
    }

    List<RankedPassage> sources() {
        return List.copyOf(sources);
    }

    /** What a citation shows: the page, the section and the link. */
    private static String sourceKey(IndexedPassage passage) {
        return String.join("\n", passage.knowledgeBase(), passage.documentId(), passage.sectionLabel(),
                String.valueOf(passage.url()));
    }

    private static RankedPassage withTextOf(RankedPassage cited, IndexedPassage more) {
        IndexedPassage p = cited.passage();
        IndexedPassage joined = new IndexedPassage(p.knowledgeBase(), p.documentId(), p.chunk(), p.pagePassages(),
                p.title(), p.headings(), p.text() + "\n\n" + more.text(), p.url(), p.contentHash(), p.identifiers(),
                p.headingIdentifiers(), null);
        return new RankedPassage(cited.id(), joined, cited.fusedScore(), cited.lexicalRank(), cited.semanticRank(),
                cited.semanticScore(), cited.startsSection());
    }
}
