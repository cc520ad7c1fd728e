package dev.docent.app.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A question with the pages (document ids) that answer it; {@code answerable} false means the
 * documentation does not cover it and the right answer is an honest "not in the docs".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldenQuestion(String id, String question, List<String> pages, boolean answerable) {

    public GoldenQuestion {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
