package dev.docent.lab.intents.training;

import java.util.List;

/** Labelled rows and their embeddings, in the same order. */
public record EmbeddedSplit(List<LabelledText> rows, float[][] embeddings) {

    public EmbeddedSplit {
        rows = List.copyOf(rows);
        if (rows.size() != embeddings.length) {
            throw new IllegalArgumentException(rows.size() + " rows but " + embeddings.length + " embeddings");
        }
    }

    public int size() {
        return rows.size();
    }

    public List<String> texts() {
        return rows.stream().map(LabelledText::text).toList();
    }

    public List<String> labels() {
        return rows.stream().map(LabelledText::label).toList();
    }

    public EmbeddedSplit select(List<Integer> indices) {
        float[][] chosen = new float[indices.size()][];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = embeddings[indices.get(i)];
        }
        return new EmbeddedSplit(indices.stream().map(rows::get).toList(), chosen);
    }
}
