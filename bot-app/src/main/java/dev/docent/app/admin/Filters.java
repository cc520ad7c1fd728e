package dev.docent.app.admin;

import dev.docent.app.config.Durations;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the support lead chose to look at, as the page's query string holds it: a period (the last
 * 7, 30, 90 or 365 days, or from one day to another, UTC) and, optionally, one tenant, platform
 * and knowledge base. Values that do not parse fall back to the defaults rather than fail.
 */
record Filters(String period, LocalDate from, LocalDate to, String tenant, String platform, String knowledgeBase) {

    static final List<String> PERIODS = List.of("7d", "30d", "90d", "365d");
    static final String DEFAULT_PERIOD = "30d";

    static Filters from(Function<String, String> query) {
        String period = Optional.ofNullable(query.apply("period")).filter(PERIODS::contains).orElse(DEFAULT_PERIOD);
        LocalDate from = date(query.apply("from"));
        LocalDate to = date(query.apply("to"));
        boolean custom = from != null && to != null && !to.isBefore(from);
        return new Filters(period, custom ? from : null, custom ? to : null, blankToNull(query.apply("tenant")),
                blankToNull(query.apply("platform")), blankToNull(query.apply("kb")));
    }

    Scope scope(Clock clock) {
        Period chosen = from != null
                ? new Period(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                : Period.last(Durations.parse(period).orElse(Duration.ofDays(30)), clock);
        return new Scope(chosen, Optional.ofNullable(tenant), Optional.ofNullable(platform), Optional.ofNullable(knowledgeBase));
    }

    /** The query string that chose these, for links between the pages and to the exports. */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        if (from != null) {
            values.put("from", from.toString());
            values.put("to", to.toString());
        }
        values.put("tenant", tenant);
        values.put("platform", platform);
        values.put("kb", knowledgeBase);
        StringBuilder query = new StringBuilder();
        values.forEach((key, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
