package dev.docent.app.insights;

import dev.docent.core.insights.Scope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A report's scope in words, for titles and file headers: "2026-10-26 to 2026-11-25, tenant T1, slack". */
public final class ScopeText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ScopeText() {
    }

    public static String of(Scope scope) {
        List<String> parts = new ArrayList<>();
        parts.add(DAY.format(scope.period().from()) + " to " + DAY.format(scope.period().to()));
        scope.tenant().ifPresent(t -> parts.add("tenant " + t));
        scope.platform().ifPresent(parts::add);
        scope.knowledgeBase().ifPresent(k -> parts.add("knowledge base " + k));
        return String.join(", ", parts);
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }
}
