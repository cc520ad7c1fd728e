package dev.docent.lab.intents;

import dev.docent.core.intent.IntentModel;
import dev.docent.lab.intents.training.EmbeddedSplit;
import dev.docent.lab.intents.training.IntentTrainer;
import java.io.PrintStream;

/** Evaluates a model on a split and prints the report, as JSON or as tables. */
public final class IntentEvaluation {

    private IntentEvaluation() {
    }

    public static void print(PrintStream out, IntentModel model, EmbeddedSplit split, String splitName, Double trainSeconds,
                             boolean json) {
        IntentReport report = new IntentReport(IntentTrainer.evaluate(model, split), splitName, trainSeconds,
                ClassifyLatency.p95Micros(model, split));
        if (json) {
            out.println(report.json());
        } else {
            report.printTable(out);
        }
        out.flush();
    }
}
