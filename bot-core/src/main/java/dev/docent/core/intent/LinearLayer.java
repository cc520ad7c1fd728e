package dev.docent.core.intent;

/**
 * A linear map from features to one score per class: {@code weights} is [feature][class],
 * row-major, so that a sparse message touches only the rows of its own features.
 */
public record LinearLayer(int features, int classes, float[] weights, float[] bias) {

    public LinearLayer {
        if (weights.length != features * classes || bias.length != classes) {
            throw new IllegalArgumentException("A " + features + "x" + classes + " layer needs "
                    + features * classes + " weights and " + classes + " biases");
        }
    }

    public static LinearLayer zeros(int features, int classes) {
        return new LinearLayer(features, classes, new float[features * classes], new float[classes]);
    }

    /** Scores of {@code x} into {@code out}, which must hold {@code classes} values. */
    public void scores(SparseVector x, float[] out) {
        System.arraycopy(bias, 0, out, 0, classes);
        int[] indices = x.indices();
        float[] values = x.values();
        for (int n = 0; n < indices.length; n++) {
            float v = values[n];
            int row = indices[n] * classes;
            for (int k = 0; k < classes; k++) {
                out[k] += v * weights[row + k];
            }
        }
    }

    /** The same layer with every number rounded to half precision, as the model file stores it. */
    public LinearLayer roundedToHalf() {
        return new LinearLayer(features, classes, HalfFloats.round(weights), HalfFloats.round(bias));
    }
}
