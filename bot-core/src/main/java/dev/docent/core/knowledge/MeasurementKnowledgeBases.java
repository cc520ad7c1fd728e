package dev.docent.core.knowledge;

import java.util.List;

/**
 * The knowledge bases Docent's own measurements index ({@code docent bench ...}, {@code docent eval
 * --docsqa}): SciFact's abstracts or another product's docs are working data, not documentation
 * for the team's users, so a question that names no knowledge base is never answered from them.
 * Named explicitly ({@code --kb eval-docsqa}), they answer like any other.
 */
public final class MeasurementKnowledgeBases {

    public static final String BENCH_PREFIX = "bench-";
    public static final String EVAL_PREFIX = "eval-";
    private static final List<String> PREFIXES = List.of(BENCH_PREFIX, EVAL_PREFIX);

    private MeasurementKnowledgeBases() {
    }

    public static boolean isMeasurement(String knowledgeBase) {
        return PREFIXES.stream().anyMatch(knowledgeBase::startsWith);
    }
}
