package dev.docent.core.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How a model did on one labelled split. {@code accuracy} counts every row ({@code oos} rows are
 * right when set aside); {@code inScopeAccuracy}, {@code oosRecall} and {@code oosPrecision} are
 * null when the split has no out-of-scope rows. {@code confusion[i][j]} counts rows labelled
 * {@code labels[i]} predicted as {@code labels[j]}.
 */
public record EvaluationFigures(
        int rows,
        double accuracy,
        double macroF1,
        Map<String, ClassFigures> perClass,
        Double inScopeAccuracy,
        Double oosRecall,
        Double oosPrecision,
        List<String> labels,
        int[][] confusion) {

    public EvaluationFigures {
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
        labels = List.copyOf(labels);
    }

    /** Scores predictions against the truth; {@code labels} fixes the order of the table and matrix. */
    public static EvaluationFigures of(List<String> labels, List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need one prediction per row, and at least one row");
        }
        List<String> order = new ArrayList<>(new LinkedHashSet<>(labels));
        java.util.stream.Stream.concat(truth.stream(), predicted.stream()).distinct()
                .filter(label -> !order.contains(label)).forEach(order::add);
        int n = order.size();
        int[][] confusion = new int[n][n];
        for (int i = 0; i < truth.size(); i++) {
            int t = order.indexOf(truth.get(i));
            confusion[t][order.indexOf(predicted.get(i))]++;
        }
        int correct = 0;
        Map<String, ClassFigures> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        int withSupport = 0;
        for (int k = 0; k < n; k++) {
            correct += confusion[k][k];
            int support = 0;
            int predictedAs = 0;
            for (int j = 0; j < n; j++) {
                support += confusion[k][j];
                predictedAs += confusion[j][k];
            }
            double precision = predictedAs == 0 ? 0 : (double) confusion[k][k] / predictedAs;
            double recall = support == 0 ? 0 : (double) confusion[k][k] / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (support > 0) {
                perClass.put(order.get(k), new ClassFigures(precision, recall, f1, support));
                f1Sum += f1;
                withSupport++;
            }
        }
        int oos = order.indexOf(IntentModel.OUT_OF_SCOPE);
        Double inScopeAccuracy = null;
        Double oosRecall = null;
        Double oosPrecision = null;
        ClassFigures oosFigures = oos < 0 ? null : perClass.get(IntentModel.OUT_OF_SCOPE);
        if (oosFigures != null) {
            int inScopeRows = truth.size() - oosFigures.support();
            inScopeAccuracy = inScopeRows == 0 ? null : (double) (correct - confusion[oos][oos]) / inScopeRows;
            oosRecall = oosFigures.recall();
            oosPrecision = oosFigures.precision();
        }
        return new EvaluationFigures(truth.size(), (double) correct / truth.size(), f1Sum / withSupport, perClass,
                inScopeAccuracy, oosRecall, oosPrecision, order, confusion);
    }
}
