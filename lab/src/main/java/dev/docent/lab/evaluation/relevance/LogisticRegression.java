package dev.docent.lab.evaluation.relevance;

/**
 * L2-regularised logistic regression fitted by Newton's method: a handful of features and a few
 * hundred examples converge in a few iterations, exactly and without a learning rate to tune.
 */
final class LogisticRegression {

    /** Weights (and the intercept, last, when fitted with one). */
    record Fit(double[] weights, double intercept) {
    }

    private static final int ITERATIONS = 50;

    private LogisticRegression() {
    }

    static Fit fit(double[][] x, double[] y, double l2, boolean withIntercept) {
        int k = x[0].length + (withIntercept ? 1 : 0);
        double[] w = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < x.length; i++) {
                double[] row = row(x[i], withIntercept);
                double p = sigmoid(dot(w, row));
                for (int a = 0; a < k; a++) {
                    gradient[a] += (p - y[i]) * row[a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += p * (1 - p) * row[a] * row[b];
                    }
                }
            }
            // The intercept is not shrunk: it only sets the base rate.
            for (int a = 0; a < (withIntercept ? k - 1 : k); a++) {
                gradient[a] += l2 * w[a];
                hessian[a][a] += l2;
            }
            hessian[k - 1][k - 1] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < k; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        if (!withIntercept) {
            return new Fit(w, 0);
        }
        double[] weights = java.util.Arrays.copyOf(w, k - 1);
        return new Fit(weights, w[k - 1]);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] row(double[] features, boolean withIntercept) {
        if (!withIntercept) {
            return features;
        }
        double[] row = java.util.Arrays.copyOf(features, features.length + 1);
        row[features.length] = 1;
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the matrices here are at most 8 x 8. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
