package dev.docent.lab.bench.serve;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The loads {@code docent bench serve} knows, with their default rate and duration. */
public enum Scenario {
    /** Mentions at a steady rate. */
    STEADY("steady", 20, 60),
    /** The steady load, the same with one channel answered 429 on every message Docent sends it, steady again. */
    RATE_LIMITED("rate-limited", 20, 60),
    /** Mentions at a low rate; the embedded node is killed (SIGKILL) after a while; sending goes on for --seconds. */
    ES_KILL("es-kill", 5, 30),
    /** Mentions at each of --rates in turn, a phase each: the highest rate sustained, and where it saturates. */
    RAMP("ramp", 10, 30);

    private final String label;
    private final double defaultRate;
    private final int defaultSeconds;

    Scenario(String label, double defaultRate, int defaultSeconds) {
        this.label = label;
        this.defaultRate = defaultRate;
        this.defaultSeconds = defaultSeconds;
    }

    public String label() {
        return label;
    }

    double defaultRate() {
        return defaultRate;
    }

    int defaultSeconds() {
        return defaultSeconds;
    }

    /** Reads "steady", "rate-limited", "es-kill" or "ramp". */
    public static final class Converter implements ITypeConverter<Scenario> {

        @Override
        public Scenario convert(String value) {
            return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a scenario: "
                            + Arrays.stream(values()).map(Scenario::label).collect(Collectors.joining(", "))));
        }
    }
}
