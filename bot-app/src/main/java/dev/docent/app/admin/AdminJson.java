package dev.docent.app.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.app.indexing.KnowledgeBaseStatusJson;
import dev.docent.app.insights.ScopeJson;
import dev.docent.core.answer.PageReference;
import dev.docent.core.insights.CaseReport;
import dev.docent.core.insights.CaseView;
import dev.docent.core.insights.Overview;
import dev.docent.core.insights.PageCount;
import dev.docent.core.insights.PagesReport;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import java.time.Instant;
import java.util.List;

/** The admin page's JSON endpoints: the same reports as the pages, for scripts and dashboards. */
final class AdminJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AdminJson() {
    }

    static ObjectNode overview(Overview overview) {
        Overview.Outcomes o = overview.outcomes();
        ObjectNode json = JSON.objectNode();
        json.set("scope", ScopeJson.of(overview.scope()));
        json.putObject("outcomes").put("questions", o.questions()).put("answered", o.answered())
                .put("offeredPerson", o.offeredPerson()).put("escalated", o.escalated()).put("notInDocs", o.notInDocs());
        ArrayNode days = json.putArray("days");
        overview.days().forEach(d -> days.addObject().put("day", d.day().toString()).put("answered", d.answered())
                .put("offeredPerson", d.offeredPerson()).put("escalated", d.escalated()));
        json.putObject("votes").put("helpful", overview.helpfulVotes()).put("notHelpful", overview.notHelpfulVotes());
        json.putObject("latencyMs").put("p50", overview.latencyP50Ms()).put("p95", overview.latencyP95Ms());
        json.put("cacheHitRate", overview.cacheHitRate());
        json.putObject("model").put("inputTokens", overview.inputTokens()).put("outputTokens", overview.outputTokens())
                .put("estimatedCostUsd", overview.estimatedCostUsd());
        return json;
    }

    static ObjectNode pages(PagesReport report) {
        ObjectNode json = JSON.objectNode();
        json.set("scope", ScopeJson.of(report.scope()));
        json.set("mostCited", counted(report.mostCited()));
        json.set("citedByDownVoted", counted(report.citedByDownVoted()));
        ArrayNode never = json.putArray("neverCited");
        report.neverCited().forEach(page -> never.add(page(page)));
        return json;
    }

    static ObjectNode cases(CaseReport report) {
        ObjectNode json = JSON.objectNode();
        json.set("scope", ScopeJson.of(report.scope()));
        json.put("open", report.open()).put("closed", report.closed());
        ArrayNode cases = json.putArray("cases");
        for (CaseView view : report.cases()) {
            ObjectNode c = cases.addObject().put("id", view.escalation().id()).put("platform", view.platform())
                    .put("tenant", view.escalation().tenant()).put("channel", view.escalation().channel())
                    .put("question", view.escalation().answered() == null ? null : view.escalation().answered().question())
                    .put("reason", view.escalation().reason()).put("requestedBy", view.escalation().requestedBy())
                    .put("opened", view.escalation().time().toString()).put("ageSeconds", view.age().toSeconds())
                    .put("takenBy", view.progress().takenBy()).put("takenAt", text(view.progress().takenAt()))
                    .put("closedBy", view.progress().closedBy()).put("closedAt", text(view.progress().closedAt()));
            ChannelLinks.of(view.platform(), view.escalation().tenant(), view.escalation().channel())
                    .ifPresent(link -> c.put("channelLink", link));
        }
        return json;
    }

    /** The same object per knowledge base as {@code docent kb status --json}, without the sources docent.yml declares. */
    static ObjectNode knowledgeBases(List<KnowledgeBaseStatus> statuses) {
        ObjectNode json = JSON.objectNode();
        ArrayNode array = json.putArray("knowledgeBases");
        statuses.forEach(status -> array.add(MAPPER.valueToTree(KnowledgeBaseStatusJson.of(status, List.of()))));
        return json;
    }

    private static ArrayNode counted(List<PageCount> pages) {
        ArrayNode array = JSON.arrayNode();
        pages.forEach(p -> array.add(page(p.page()).put("answers", p.questions())));
        return array;
    }

    private static ObjectNode page(PageReference page) {
        return JSON.objectNode().put("knowledgeBase", page.knowledgeBase()).put("documentId", page.documentId())
                .put("title", page.title()).put("url", page.url());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
