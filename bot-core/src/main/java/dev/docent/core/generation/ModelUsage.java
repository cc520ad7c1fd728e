package dev.docent.core.generation;

import dev.docent.core.answer.TokenSpend;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Records what model calls cost: tokens in and out, and an estimated price from the configured
 * price table (US dollars per million tokens), as Micrometer distribution summaries tagged with
 * the model, so their count, total and mean per answer can be read or exported; and returns each
 * call's spend, which the answer log keeps with the answer.
 */
public final class ModelUsage {

    /** Price of a model in US dollars per million input and output tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    private final MeterRegistry metrics;
    private final String model;
    private final Optional<Price> price;

    /** @param price empty when docent.yml names no price for the model: costs are then unknown, not zero */
    public ModelUsage(MeterRegistry metrics, String model, Optional<Price> price) {
        this.metrics = metrics;
        this.model = model;
        this.price = price;
    }

    public TokenSpend record(TokenUsage usage) {
        int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        metrics.summary("docent.model.tokens", "model", model, "direction", "input").record(input);
        metrics.summary("docent.model.tokens", "model", model, "direction", "output").record(output);
        OptionalDouble cost = price.map(p -> OptionalDouble.of((input * p.inputPerMillion() + output * p.outputPerMillion()) / 1_000_000))
                .orElse(OptionalDouble.empty());
        DistributionSummary.builder("docent.model.cost")
                .description("Estimated cost of a model call, from the configured price table")
                .baseUnit("usd")
                .tag("model", model)
                .register(metrics)
                .record(cost.orElse(0));
        return new TokenSpend(input, output, cost);
    }
}
