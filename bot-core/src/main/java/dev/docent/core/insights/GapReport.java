package dev.docent.core.insights;

import java.util.List;

/**
 * The docs-gap report: the refused, escalated and down-voted questions in scope grouped by meaning,
 * largest groups first.
 *
 * @param questions        how many such questions there were
 * @param withoutEmbedding how many of them could not be grouped: recorded before Docent kept embeddings
 *                         (or embedded by another model)
 * @param similarity       the cosine similarity that made two questions one group
 */
public record GapReport(Scope scope, int questions, int withoutEmbedding, double similarity, List<GapGroup> groups) {

    public GapReport {
        groups = List.copyOf(groups);
    }
}
