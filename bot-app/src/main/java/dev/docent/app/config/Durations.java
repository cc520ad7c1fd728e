package dev.docent.app.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as docent.yml writes them: a number and a unit - {@code 500ms}, {@code 20s},
 * {@code 1.5s}, {@code 30m}, {@code 2h}, {@code 1d}.
 */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration {@code text} writes, or empty when it is not one (a unit is required). */
    public static Optional<Duration> parse(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        }));
        try {
            return Optional.of(Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()));
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    /** The shortest way docent.yml writes {@code duration} exactly: {@code 2h}, {@code 30m}, {@code 20s}, {@code 1500ms}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % 86_400_000L == 0) {
            return millis / 86_400_000L + "d";
        }
        if (millis != 0 && millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "h";
        }
        if (millis != 0 && millis % 60_000L == 0) {
            return millis / 60_000L + "m";
        }
        if (millis % 1_000L == 0) {
            return millis / 1_000L + "s";
        }
        return millis + "ms";
    }
}
