package dev.docent.app.admin;

import dev.docent.core.insights.Overview;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The overview's charts, drawn on the server as SVG: no script, nothing to load, and they print.
 * Colours are presentation attributes, which the page's content security policy allows.
 */
final class SvgCharts {

    static final String ANSWERED = "#2e7d32";
    static final String OFFERED = "#f9a825";
    static final String ESCALATED = "#c62828";
    private static final String GRID = "#d0d7de";
    private static final String INK = "#57606a";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private SvgCharts() {
    }

    /** Questions per day, each day's bar split into answered, offered a person and escalated. */
    static String questionsPerDay(List<Overview.Day> days) {
        long max = niceCeiling(days.stream().mapToLong(Overview.Day::questions).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, days.size());
        double bar = Math.max(1, slot * 0.75);
        long total = days.stream().mapToLong(Overview.Day::questions).sum();
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" id=\"questions-per-day\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"Questions per day: " + total + " in " + days.size() + " days\">");
        for (int i = 0; i <= 2; i++) {
            double y = TOP + plotHeight - plotHeight * i / 2;
            String value = max * i % 2 == 0 ? Long.toString(max * i / 2) : (max * i / 2) + ".5";
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, GRID)).append(label(LEFT - 6, y + 4, "end", value));
        }
        int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
        for (int d = 0; d < days.size(); d++) {
            Overview.Day day = days.get(d);
            double x = LEFT + d * slot + (slot - bar) / 2;
            double base = TOP + plotHeight;
            String when = DAY.format(day.day());
            base = segment(svg, x, base, bar, day.answered(), max, plotHeight, ANSWERED, when + ": " + day.answered() + " answered");
            base = segment(svg, x, base, bar, day.offeredPerson(), max, plotHeight, OFFERED, when + ": " + day.offeredPerson() + " offered a person");
            segment(svg, x, base, bar, day.escalated(), max, plotHeight, ESCALATED, when + ": " + day.escalated() + " escalated");
            if (d % every == 0) {
                svg.append(label(x + bar / 2, HEIGHT - 8, "middle", when));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Helpful against not helpful, as one bar split in proportion. */
    static String votes(long helpful, long notHelpful) {
        long total = helpful + notHelpful;
        int width = 360;
        int height = 28;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" id=\"votes\" viewBox=\"0 0 " + width + " " + height
                + "\" role=\"img\" aria-label=\"" + helpful + " helpful, " + notHelpful + " not helpful\">");
        if (total == 0) {
            svg.append("<rect x=\"0\" y=\"4\" width=\"" + width + "\" height=\"20\" fill=\"" + GRID + "\"><title>No votes</title></rect>");
        } else {
            double split = (double) width * helpful / total;
            svg.append(rect(0, 4, split, 20, ANSWERED, helpful + " helpful"))
                    .append(rect(split, 4, width - split, 20, ESCALATED, notHelpful + " not helpful"));
        }
        return svg.append("</svg>").toString();
    }

    private static double segment(StringBuilder svg, double x, double base, double width, long count, long max, double plotHeight,
                                  String colour, String title) {
        if (count == 0) {
            return base;
        }
        double height = plotHeight * count / max;
        svg.append(rect(x, base - height, width, height, colour, title));
        return base - height;
    }

    private static String rect(double x, double y, double width, double height, String colour, String title) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                x, y, width, height, colour, Html.text(title));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1, y1, x2, y2, colour);
    }

    private static String label(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"%s\">%s</text>",
                x, y, anchor, INK, Html.text(text));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}: gridlines at round numbers. */
    static long niceCeiling(long value) {
        if (value <= 1) {
            return 1;
        }
        long power = 1;
        while (power * 10 < value) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
