package dev.docent.lab.evaluation;

import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The golden-set report a support lead can open in a browser: one self-contained HTML file with
 * inline SVG charts (quality measures, the latency distribution) and the questions Docent got
 * wrong. No scripts, no external assets.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Writes {@code index.html} into {@code dir} (created if needed) and returns its path. */
    public static Path write(Path dir, QaReport report, String title, String generator) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("index.html");
            Files.writeString(file, html(report, title, generator), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UserInputException("Cannot write the report to " + dir + ": " + Causes.describe(e), e);
        }
    }

    static String html(QaReport r, String title, String generator) {
        Map<String, Double> quality = new LinkedHashMap<>();
        quality.put("Recall@5 (pages)", r.recallAt5());
        quality.put("MRR", r.mrr());
        quality.put("nDCG@10", r.ndcgAt10());
        quality.put("Citation precision", r.citationPrecision());
        quality.put("Answerable, relevant page cited", r.citesRelevant());
        quality.put("Unanswerable refused", r.refusedRate());
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
                h1{font-size:1.5rem} h2{font-size:1.15rem;margin-top:2rem} table{border-collapse:collapse;width:100%%}
                td,th{border-bottom:1px solid #d9e2ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
                .num{text-align:right;font-variant-numeric:tabular-nums} .muted{color:#627d98;font-size:.9rem}
                </style></head><body>
                """.formatted(escape(title)));
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"muted\">").append(escape(generator)).append(" &middot; ")
                .append(r.answerable()).append(" answerable and ").append(r.unanswerable())
                .append(" unanswerable questions &middot; ").append(Instant.now().toString(), 0, 16).append(" UTC</p>\n");
        html.append("<h2>Quality</h2>\n").append(barChart(quality));
        html.append("<table><tr><th>Measure</th><th class=\"num\">Value</th><th>What it means</th></tr>\n");
        row(html, "Recall@5", r.recallAt5(), "Share of a question's right pages among the first five retrieved.");
        row(html, "MRR", r.mrr(), "1 / rank of the first right page, averaged.");
        row(html, "nDCG@10", r.ndcgAt10(), "Ranking quality of the first ten pages (1 is perfect).");
        row(html, "Citation precision", r.citationPrecision(), "Share of the answers' citations that point into a right page.");
        shareRow(html, "Answerable, relevant page cited", r.citesRelevant(), r.citesRelevantInterval());
        shareRow(html, "Unanswerable refused", r.refusedRate(), r.refusedInterval());
        html.append("<tr><td>Answerable, wrongly refused</td><td class=\"num\">").append(r.wronglyRefused()).append(" of ")
                .append(r.answerable()).append("</td><td>Docent said \"not in the docs\" although the docs answer it.</td></tr>\n");
        html.append("<tr><td>Unanswerable, correctly refused</td><td class=\"num\">").append(r.correctlyRefused()).append(" of ")
                .append(r.unanswerable()).append("</td><td>Docent said so instead of guessing.</td></tr>\n");
        html.append("</table>\n");
        html.append("<h2>Answer latency</h2>\n<p>p50 ").append(format(r.p50Ms())).append(" ms, p95 ")
                .append(format(r.p95Ms())).append(" ms (warm, whole answer pipeline).</p>\n")
                .append(histogram(r.latenciesMs()));
        html.append("<h2>Questions to look at</h2>\n");
        if (r.misses().isEmpty()) {
            html.append("<p>None: every question was answered or refused as it should be.</p>\n");
        } else {
            html.append("<table><tr><th>Id</th><th>Question</th><th>What happened</th><th>Pages it cited, else the best it found</th></tr>\n");
            for (QaResult miss : r.misses()) {
                List<String> pages = miss.answered() ? miss.citedPages() : miss.rankedPages().stream().limit(3).toList();
                html.append("<tr><td>").append(escape(miss.question().id())).append("</td><td>").append(escape(miss.question().question()))
                        .append("</td><td>").append(QaOutcome.of(miss))
                        .append("</td><td class=\"muted\">").append(escape(String.join(", ", pages))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder html, String name, double value, String meaning) {
        html.append("<tr><td>").append(name).append("</td><td class=\"num\">").append(format(value))
                .append("</td><td>").append(meaning).append("</td></tr>\n");
    }

    private static void shareRow(StringBuilder html, String name, double share, ShareInterval interval) {
        html.append("<tr><td>").append(name).append("</td><td class=\"num\">").append(format(share))
                .append(String.format(Locale.ROOT, "</td><td>95%% interval %.2f-%.2f: with this few questions, the share ",
                        interval.low(), interval.high()))
                .append("could be anywhere in it.</td></tr>\n");
    }

    /** Horizontal bars from 0 to 1. */
    static String barChart(Map<String, Double> values) {
        int labelWidth = 190;
        int barWidth = 480;
        int rowHeight = 28;
        int height = rowHeight * values.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"Quality measures from 0 to 1\">\n");
        int y = 5;
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            double value = Math.max(0, Math.min(1, entry.getValue()));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"13\" dominant-baseline=\"middle\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#e4e7eb\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" dominant-baseline=\"middle\">%s</text>%n",
                    y + 9, escape(entry.getKey()), labelWidth, y, barWidth, labelWidth, y, value * barWidth,
                    value >= 0.9 ? "#2f8132" : value >= 0.75 ? "#de911d" : "#ba2525",
                    labelWidth + value * barWidth + 6, y + 9, format(entry.getValue())));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    /** A histogram of latencies in equal-width buckets. */
    static String histogram(List<Double> latencies) {
        if (latencies.isEmpty()) {
            return "";
        }
        int buckets = 20;
        double max = latencies.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double width = Math.max(max / buckets, 1e-9);
        int[] counts = new int[buckets];
        latencies.forEach(l -> counts[Math.min(buckets - 1, (int) (l / width))]++);
        int highest = java.util.Arrays.stream(counts).max().orElse(1);
        int chartWidth = 600;
        int chartHeight = 160;
        double barWidth = (double) chartWidth / buckets;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(chartWidth + 20).append("\" height=\"")
                .append(chartHeight + 40).append("\" role=\"img\" aria-label=\"Latency histogram\">\n");
        for (int i = 0; i < buckets; i++) {
            double h = (double) counts[i] / highest * chartHeight;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3e7cb1\">"
                    + "<title>%.1f-%.1f ms: %d</title></rect>%n", i * barWidth, chartHeight - h, barWidth - 2, h,
                    i * width, (i + 1) * width, counts[i]));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#52606d\"/>%n",
                chartHeight, chartWidth, chartHeight));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">0 ms</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%.0f ms</text>%n",
                chartHeight + 16, chartWidth, chartHeight + 16, max));
        return svg.append("</svg>\n").toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.3f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
