package dev.docent.core.generation;

import dev.docent.core.answer.Citation;
import java.util.List;

/** An answer's text and the sources its [n] markers refer to, numbered from 1 in order of first use. */
public record GeneratedAnswer(String text, List<Citation> citations) {

    public GeneratedAnswer {
        citations = List.copyOf(citations);
    }
}
