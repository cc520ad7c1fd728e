package dev.docent.app.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.PageCount;

/** The docs-gap report as one JSON object, every question of every group included, for other tools. */
public final class GapReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GapReportJson() {
    }

    public static ObjectNode of(GapReport report) {
        ObjectNode json = JSON.createObjectNode();
        json.set("scope", ScopeJson.of(report.scope()));
        json.put("questions", report.questions());
        json.put("withoutEmbedding", report.withoutEmbedding());
        json.put("similarity", report.similarity());
        ArrayNode groups = json.putArray("groups");
        for (GapGroup group : report.groups()) {
            ObjectNode g = groups.addObject();
            g.put("questions", group.size());
            g.put("refused", group.refused());
            g.put("escalated", group.escalated());
            g.put("votedNotHelpful", group.downVoted());
            g.put("lastAsked", group.lastAsked().toString());
            g.put("closedByTeamAnswer", group.closedByTeamAnswer());
            group.examples().forEach(g.putArray("examples")::add);
            ArrayNode pages = g.putArray("closestPages");
            for (PageCount page : group.pages()) {
                pages.addObject().put("knowledgeBase", page.page().knowledgeBase()).put("documentId", page.page().documentId())
                        .put("title", page.page().title()).put("url", page.page().url()).put("foundFor", page.questions());
            }
            group.questions().forEach(g.putArray("asked")::add);
        }
        return json;
    }
}
