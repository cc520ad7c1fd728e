package dev.docent.app.admin;

import dev.docent.core.insights.Overview;

/** How Docent did over the chosen period: the figures, questions per day by outcome, and the votes. */
final class OverviewPage {

    private OverviewPage() {
    }

    static String body(Overview overview) {
        Overview.Outcomes o = overview.outcomes();
        long votes = overview.helpfulVotes() + overview.notHelpfulVotes();
        StringBuilder html = new StringBuilder("<section class=\"tiles\" id=\"figures\">")
                .append(tile("Questions", Figures.count(o.questions()), null))
                .append(tile("Answered", Figures.count(o.answered()), Figures.share(o.answered(), o.questions())))
                .append(tile("Offered a person", Figures.count(o.offeredPerson()), Figures.share(o.offeredPerson(), o.questions())))
                .append(tile("Escalated", Figures.count(o.escalated()), Figures.share(o.escalated(), o.questions())))
                .append(tile("Not in the docs", Figures.count(o.notInDocs()), Figures.share(o.notInDocs(), o.questions())))
                .append(tile("Helpful", Figures.count(overview.helpfulVotes()), Figures.share(overview.helpfulVotes(), votes) + " of votes"))
                .append(tile("Not helpful", Figures.count(overview.notHelpfulVotes()), Figures.share(overview.notHelpfulVotes(), votes) + " of votes"))
                .append(tile("Answer time p50", Figures.millis(overview.latencyP50Ms()), null))
                .append(tile("Answer time p95", Figures.millis(overview.latencyP95Ms()), null))
                .append(tile("Answer cache hits", Figures.percent(overview.cacheHitRate()), null))
                .append(tile("Model tokens in / out", Figures.count(overview.inputTokens()) + " / " + Figures.count(overview.outputTokens()), null))
                .append(tile("Estimated model cost", Figures.dollars(overview.estimatedCostUsd()),
                        overview.estimatedCostUsd() == null && overview.inputTokens() > 0 ? "no price configured" : null))
                .append("</section>");
        html.append("<h2>Questions per day</h2>")
                .append("<div class=\"legend\"><span class=\"answered\">Answered</span><span class=\"offered\">Offered a person</span>"
                        + "<span class=\"escalated\">Escalated</span></div>")
                .append(SvgCharts.questionsPerDay(overview.days()))
                .append("<h2>Votes on answers</h2>")
                .append("<div class=\"legend\"><span class=\"answered\">Helpful</span><span class=\"escalated\">Not helpful</span></div>")
                .append(SvgCharts.votes(overview.helpfulVotes(), overview.notHelpfulVotes()))
                .append("<p class=\"muted\">Days are UTC. Answer time is Docent's, from the question to the answer; "
                        + "model tokens and cost count the calls that wrote answers.</p>");
        return html.toString();
    }

    private static String tile(String name, String value, String note) {
        return "<div class=\"tile\"><div class=\"value\">" + Html.text(value) + "</div><div class=\"name\">" + Html.text(name)
                + (note == null ? "" : " &middot; " + Html.text(note)) + "</div></div>";
    }
}
