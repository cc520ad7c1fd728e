package dev.docent.app.insights;

import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The docs-gap report as CSV (RFC 4180), one row per group, for a spreadsheet. A cell that a
 * spreadsheet would take for a formula (users' words starting with =, +, -, @) is prefixed with an
 * apostrophe, so opening the file runs nothing.
 */
public final class GapReportCsv {

    private static final List<String> HEADER = List.of("rank", "questions", "refused", "escalated", "voted_not_helpful",
            "last_asked", "examples", "closest_pages", "closed_by_team_answer");

    private GapReportCsv() {
    }

    public static String of(GapReport report) {
        StringBuilder csv = new StringBuilder(row(HEADER));
        int rank = 0;
        for (GapGroup group : report.groups()) {
            csv.append(row(List.of(Integer.toString(++rank), Integer.toString(group.size()), Long.toString(group.refused()),
                    Long.toString(group.escalated()), Long.toString(group.downVoted()), group.lastAsked().toString(),
                    String.join("\n", group.examples()),
                    group.pages().stream().map(p -> p.page().url() == null ? p.page().title() : p.page().url())
                            .collect(Collectors.joining("\n")), Boolean.toString(group.closedByTeamAnswer()))));
        }
        return csv.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(GapReportCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
