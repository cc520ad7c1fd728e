package dev.docent.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.docent.app.config.Shape.Parsed;
import dev.docent.app.config.Shape.Scalar;
import dev.docent.core.knowledge.KnowledgeBaseName;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The scalar values docent.yml holds, each with the check that tells a user what is wrong with theirs. */
final class Scalars {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d[\\d_]*");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d[\\d_]*)?(\\.\\d+)?([eE][-+]?\\d+)?");

    private Scalars() {
    }

    /** Any text; a number or date written where text is expected is taken as written (an id, a branch). */
    static Scalar text() {
        return new Scalar("text", node -> Parsed.ok(JSON.textNode(node.getValue())));
    }

    static Scalar nonBlankText(String what) {
        return new Scalar(what, node -> node.getValue().isBlank()
                ? Parsed.bad("is empty; give " + what) : Parsed.ok(JSON.textNode(node.getValue().strip())));
    }

    static Scalar flag() {
        return new Scalar("true or false", node -> {
            String value = node.getValue().strip().toLowerCase(Locale.ROOT);
            if (Tag.BOOL.equals(node.getTag())) {
                return Parsed.ok(JSON.booleanNode(List.of("true", "yes", "on", "y").contains(value)));
            }
            return switch (value) {
                case "true" -> Parsed.ok(JSON.booleanNode(true));
                case "false" -> Parsed.ok(JSON.booleanNode(false));
                default -> Parsed.bad("'" + node.getValue() + "' is not true or false");
            };
        });
    }

    /** A whole number of at least {@code min} (and at most {@code max}, if given). */
    static Scalar whole(long min, Long max) {
        String range = max == null ? "at least " + min : "from " + min + " to " + max;
        return new Scalar("a whole number " + range, node -> {
            String value = node.getValue().strip();
            if (!WHOLE.matcher(value).matches()) {
                return Parsed.bad("'" + value + "' is not a whole number (" + range + ")");
            }
            long number;
            try {
                number = Long.parseLong(value.replace("_", "").replace("+", ""));
            } catch (NumberFormatException tooLarge) {
                return Parsed.bad("'" + value + "' is too large");
            }
            if (number < min || (max != null && number > max)) {
                return Parsed.bad("must be " + range + ", was " + value);
            }
            return Parsed.ok(JSON.numberNode(number));
        });
    }

    /** A number from {@code min} to {@code max} (either may be null: unbounded); {@code minExclusive} for "more than". */
    static Scalar decimal(Double min, boolean minExclusive, Double max) {
        String range = min == null ? "" : max == null ? (minExclusive ? "more than " : "at least ") + plain(min)
                : "from " + plain(min) + " to " + plain(max);
        return new Scalar("a number" + (range.isEmpty() ? "" : " " + range), node -> {
            String value = node.getValue().strip();
            if (value.isEmpty() || !DECIMAL.matcher(value).matches() || value.equals(".") || value.equals("-") || value.equals("+")) {
                return Parsed.bad("'" + value + "' is not a number" + (range.isEmpty() ? "" : " (" + range + ")"));
            }
            double number = new BigDecimal(value.replace("_", "").replace("+", "")).doubleValue();
            boolean tooLow = min != null && (minExclusive ? number <= min : number < min);
            if (tooLow || (max != null && number > max)) {
                return Parsed.bad("must be " + range + ", was " + value);
            }
            return Parsed.ok(JSON.numberNode(number));
        });
    }

    /** One of {@code values}, in any case; read in lower case. */
    static Scalar choice(String... values) {
        String allowed = String.join(", ", values);
        return new Scalar("one of: " + allowed, node -> {
            String value = node.getValue().strip().toLowerCase(Locale.ROOT);
            if (!List.of(values).contains(value)) {
                Optional<String> close = Shape.Shapes.closest(value, List.of(values));
                return Parsed.bad("'" + node.getValue() + "' is not one of: " + allowed
                        + close.map(c -> " (did you mean '" + c + "'?)").orElse(""));
            }
            return Parsed.ok(JSON.textNode(value));
        });
    }

    /**
     * A duration with its unit - {@code 500ms}, {@code 20s}, {@code 30m}, {@code 2h} - of more than
     * zero, or at least zero when {@code zeroAllowed}. Read as ISO-8601 ({@code PT20S}) for binding.
     */
    static Scalar duration(boolean zeroAllowed) {
        return new Scalar("a duration such as 500ms, 20s, 30m or 2h", node -> {
            String value = node.getValue().strip();
            Optional<Duration> duration = Durations.parse(value);
            if (duration.isEmpty()) {
                boolean bare = DECIMAL.matcher(value).matches() && !value.isEmpty();
                return Parsed.bad("'" + value + "' is not a duration: "
                        + (bare ? "give its unit, e.g. " + value + "s (ms, s, m, h or d)" : "write it as 500ms, 20s, 30m or 2h"));
            }
            if (duration.get().isNegative() || (!zeroAllowed && duration.get().isZero())) {
                return Parsed.bad("must be " + (zeroAllowed ? "zero or more" : "more than zero") + ", was " + value);
            }
            return Parsed.ok(JSON.textNode(duration.get().toString()));
        });
    }

    /**
     * How long answered questions are kept: a duration of at least a day, as a shorter one would
     * forget a question before anyone could follow it up.
     */
    static Scalar retention() {
        Scalar duration = duration(false);
        return new Scalar("a duration of at least 1d, e.g. 90d", node -> {
            Parsed parsed = duration.parse().apply(node);
            if (parsed.problem() != null) {
                return parsed;
            }
            return Duration.parse(parsed.value().asText()).compareTo(Duration.ofDays(1)) < 0
                    ? Parsed.bad("must be at least 1d, was " + node.getValue().strip()) : parsed;
        });
    }

    /** An old key's number in {@code unit}s, converted to the duration the new key holds. */
    static JsonNode toDuration(JsonNode number, ChronoUnit unit) {
        double millis = number.asDouble() * unit.getDuration().toMillis();
        return JSON.textNode(Duration.ofMillis(Math.round(millis)).toString());
    }

    /** How a duration in current form is written in docent.yml, for deprecation notes. */
    static String writtenDuration(JsonNode iso) {
        return Durations.format(Duration.parse(iso.asText()));
    }

    static Scalar httpUrl() {
        return new Scalar("an http(s) URL", node -> {
            String value = node.getValue().strip();
            try {
                URI uri = new URI(value);
                if (uri.getScheme() != null && uri.getHost() != null
                        && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                    return Parsed.ok(JSON.textNode(value));
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            return Parsed.bad("'" + value + "' is not an http(s) URL such as https://docs.example.com/");
        });
    }

    /** The name of an environment variable - never the secret itself. */
    static Scalar environmentVariable() {
        return new Scalar("the name of an environment variable", node -> {
            String value = node.getValue().strip();
            if (!ENVIRONMENT_VARIABLE.matcher(value).matches()) {
                return Parsed.bad("'" + abbreviated(value) + "' is not the name of an environment variable, e.g. OPENAI_API_KEY "
                        + "(keys are read from the environment, never written in this file)");
            }
            return Parsed.ok(JSON.textNode(value));
        });
    }

    static Scalar knowledgeBaseName() {
        return new Scalar("a knowledge base name", node -> KnowledgeBaseName.isValid(node.getValue())
                ? Parsed.ok(JSON.textNode(node.getValue()))
                : Parsed.bad(KnowledgeBaseName.rule(node.getValue())));
    }

    /** A relevance model file that can be read now (relative paths: from the directory Docent runs in). */
    static Scalar relevanceModelFile() {
        return new Scalar("a relevance model file", node -> {
            String value = node.getValue().strip();
            String problem = value.isEmpty() ? "is empty; give a relevance model file" : RelevanceModelFiles.problem(value);
            return problem == null ? Parsed.ok(JSON.textNode(value)) : Parsed.bad(problem);
        });
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** A secret pasted where a variable's name belongs is not echoed whole. */
    private static String abbreviated(String value) {
        return value.length() <= 8 ? value : value.substring(0, 4) + "...";
    }
}
