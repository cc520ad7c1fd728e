package dev.docent.core.insights;

/** The little vector arithmetic grouping questions by meaning needs. */
final class UnitVectors {

    private UnitVectors() {
    }

    static float[] unit(float[] vector) {
        double length = Math.sqrt(dot(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = length == 0 ? 0 : (float) (vector[i] / length);
        }
        return unit;
    }

    static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** Cosine of a unit vector and any vector (a sum of unit vectors, say). */
    static double cosine(float[] unit, float[] other) {
        double norm = Math.sqrt(dot(other, other));
        return norm == 0 ? 0 : dot(unit, other) / norm;
    }

    static void addTo(float[] sum, float[] vector) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += vector[i];
        }
    }
}
