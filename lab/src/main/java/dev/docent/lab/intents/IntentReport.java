package dev.docent.lab.intents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.intent.ClassFigures;
import dev.docent.core.intent.EvaluationFigures;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code docent intents train} and {@code eval} print: one JSON object for scripts (its keys
 * are a contract), or a table of per-intent figures and a confusion matrix for people.
 */
public record IntentReport(EvaluationFigures figures, String split, Double trainSeconds, double p95ClassifyMicros) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FULL_MATRIX_LABELS = 16;

    @JsonPropertyOrder({"accuracy", "macroF1", "perClass", "inScopeAccuracy", "oosRecall", "oosPrecision",
            "trainSeconds", "p95ClassifyMicros"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Body(double accuracy, double macroF1, Map<String, ClassFigures> perClass, Double inScopeAccuracy,
                Double oosRecall, Double oosPrecision, Double trainSeconds, double p95ClassifyMicros) {
    }

    public String json() {
        Body body = new Body(round(figures.accuracy()), round(figures.macroF1()), figures.perClass(),
                round(figures.inScopeAccuracy()), round(figures.oosRecall()), round(figures.oosPrecision()),
                trainSeconds == null ? null : Math.round(trainSeconds * 100) / 100.0,
                Math.round(p95ClassifyMicros * 10) / 10.0);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report always serialises", e);
        }
    }

    public void printTable(PrintStream out) {
        int width = Math.max(12, figures.perClass().keySet().stream().mapToInt(String::length).max().orElse(0));
        out.printf("Evaluated on %s (%d rows)%n%n", split, figures.rows());
        out.printf("%-" + width + "s  precision  recall     f1  support%n", "intent");
        figures.perClass().forEach((label, f) -> out.printf(Locale.ROOT, "%-" + width + "s  %9.3f  %6.3f  %5.3f  %7d%n",
                label, f.precision(), f.recall(), f.f1(), f.support()));
        out.println();
        out.printf(Locale.ROOT, "accuracy           %.4f%n", figures.accuracy());
        out.printf(Locale.ROOT, "macro-F1           %.4f%n", figures.macroF1());
        if (figures.oosRecall() != null) {
            out.printf(Locale.ROOT, "in-scope accuracy  %s%n", figures.inScopeAccuracy() == null ? "-" : String.format(Locale.ROOT, "%.4f", figures.inScopeAccuracy()));
            out.printf(Locale.ROOT, "oos recall         %.4f%n", figures.oosRecall());
            out.printf(Locale.ROOT, "oos precision      %.4f%n", figures.oosPrecision());
        }
        if (trainSeconds != null) {
            out.printf(Locale.ROOT, "training           %.2f s (heads, calibration and evaluation; embeddings excluded)%n", trainSeconds);
        }
        out.printf(Locale.ROOT, "classify p95       %.1f µs (beyond the shared embedding)%n%n", p95ClassifyMicros);
        printConfusion(out, width);
    }

    private void printConfusion(PrintStream out, int width) {
        List<String> labels = figures.labels();
        int[][] m = figures.confusion();
        if (labels.size() <= FULL_MATRIX_LABELS) {
            out.println("Confusion matrix (rows: true intent, columns: predicted, in the order of the rows)");
            width += 3;
            out.printf("%-" + width + "s", "");
            for (int j = 0; j < labels.size(); j++) {
                out.printf(" %4d", j + 1);
            }
            out.println();
            for (int i = 0; i < labels.size(); i++) {
                out.printf("%-" + width + "s", String.format("%2d %s", i + 1, labels.get(i)));
                for (int j = 0; j < labels.size(); j++) {
                    out.printf(" %4s", m[i][j] == 0 && i != j ? "." : Integer.toString(m[i][j]));
                }
                out.println();
            }
            return;
        }
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                if (i != j && m[i][j] > 0) {
                    cells.add(new int[] {m[i][j], i, j});
                }
            }
        }
        cells.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : a[1] != b[1] ? a[1] - b[1] : a[2] - b[2]);
        out.printf("Confusion matrix (%d intents: its non-zero cells off the diagonal, most frequent first)%n", labels.size());
        for (int[] cell : cells) {
            out.printf("%5d  %s -> %s%n", cell[0], labels.get(cell[1]), labels.get(cell[2]));
        }
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
