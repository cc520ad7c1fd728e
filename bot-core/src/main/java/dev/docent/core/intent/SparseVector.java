package dev.docent.core.intent;

/** Feature indices (ascending) and their values: a message's n-gram features, or a dense vector seen the same way. */
public record SparseVector(int[] indices, float[] values) {

    public static SparseVector dense(float[] values) {
        int[] indices = new int[values.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return new SparseVector(indices, values);
    }

    public int size() {
        return indices.length;
    }
}
