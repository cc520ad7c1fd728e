package dev.docent.core.generation;

import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records what model calls cost: tokens in and out, and an estimated price from the configured
 * price table (US dollars per million tokens), as Micrometer distribution summaries tagged with
 * the model, so their count, total and mean per answer can be read or exported.
 */
public final class ModelUsage {

    /** Price of a model in US dollars per million input and output tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {

        public static final Price UNKNOWN = new Price(0, 0);
    }

    private final MeterRegistry metrics;
    private final String model;
    private final Price price;

    public ModelUsage(MeterRegistry metrics, String model, Price price) {
        this.metrics = metrics;
        this.model = model;
        this.price = price;
    }

    public void record(TokenUsage usage) {
        int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        metrics.summary("docent.model.tokens", "model", model, "direction", "input").record(input);
        metrics.summary("docent.model.tokens", "model", model, "direction", "output").record(output);
        double cost = (input * price.inputPerMillion() + output * price.outputPerMillion()) / 1_000_000;
        io.micrometer.core.instrument.DistributionSummary.builder("docent.model.cost")
                .description("Estimated cost of a model call, from the configured price table")
                .baseUnit("usd")
                .tag("model", model)
                .register(metrics)
                .record(cost);
    }
}
