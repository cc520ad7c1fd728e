package dev.docent.core.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups questions by the meaning of their embeddings. bge-small's query embeddings all lean the
 * same way - any two questions about one product score a cosine of 0.6 or more - so what they share
 * is taken out first: each embedding is centred on the mean of the questions being grouped, pulled
 * towards the typical support question (so that a handful of questions on one topic are not centred
 * on themselves and torn apart). The centred vectors are then grouped by average linkage; to keep
 * that affordable for thousands of questions, near-identical questions are first gathered in one
 * pass (a question joins the gathering whose direction it shares most, if closely enough, else
 * starts one), which on the calibration data changed no group at all. docs/admin.md has the figures.
 */
final class MeaningClustering {

    /** How many typical support questions the centre counts, beside the questions being grouped. */
    static final int TYPICAL_WEIGHT = 20;
    /** Far above any similarity that joins two topics: gathers rewordings of one question only. */
    static final double NEAR_IDENTICAL = 0.6;

    private final AverageLinkage linkage;

    MeaningClustering(double similarity) {
        this.linkage = new AverageLinkage(similarity);
    }

    /** The length of the embeddings this groups: those of the model that embedded the typical question. */
    static int dimensions() {
        return TypicalQuestion.EMBEDDING.length;
    }

    /** The groups, as indices into {@code embeddings} (each of {@link #dimensions()}), largest first. */
    List<List<Integer>> groups(List<float[]> embeddings) {
        if (embeddings.isEmpty()) {
            return List.of();
        }
        List<float[]> centred = centred(embeddings);
        List<float[]> sums = new ArrayList<>();
        List<List<Integer>> gathered = new ArrayList<>();
        for (int i = 0; i < centred.size(); i++) {
            int near = -1;
            double nearest = NEAR_IDENTICAL;
            for (int g = 0; g < sums.size(); g++) {
                double similarity = UnitVectors.cosine(centred.get(i), sums.get(g));
                if (similarity >= nearest) {
                    near = g;
                    nearest = similarity;
                }
            }
            if (near < 0) {
                sums.add(centred.get(i).clone());
                gathered.add(new ArrayList<>(List.of(i)));
            } else {
                UnitVectors.addTo(sums.get(near), centred.get(i));
                gathered.get(near).add(i);
            }
        }
        int[] into = linkage.merge(sums, gathered.stream().map(List::size).toList());
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int g = 0; g < into.length; g++) {
            groups.computeIfAbsent(into[g], root -> new ArrayList<>()).addAll(gathered.get(g));
        }
        return groups.values().stream().sorted(Comparator.comparingInt(List<Integer>::size).reversed()).toList();
    }

    private static List<float[]> centred(List<float[]> embeddings) {
        List<float[]> unit = embeddings.stream().map(UnitVectors::unit).toList();
        float[] typical = TypicalQuestion.EMBEDDING;
        float[] centre = new float[typical.length];
        for (int d = 0; d < centre.length; d++) {
            centre[d] = typical[d] * TYPICAL_WEIGHT;
        }
        unit.forEach(u -> UnitVectors.addTo(centre, u));
        for (int d = 0; d < centre.length; d++) {
            centre[d] /= unit.size() + TYPICAL_WEIGHT;
        }
        return unit.stream().map(u -> {
            float[] shifted = new float[u.length];
            for (int d = 0; d < u.length; d++) {
                shifted[d] = u[d] - centre[d];
            }
            return UnitVectors.unit(shifted);
        }).toList();
    }
}
