package dev.docent.core.desk;

import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.teach.ElasticsearchTeamAnswers;

/** The desk's records in Elasticsearch - answers, votes, cases, delivered events, team answers - created once at start-up. */
public final class DeskIndices {

    private DeskIndices() {
    }

    public static void create(ElasticsearchConnection elasticsearch) {
        ElasticsearchAnswerLog.createIndex(elasticsearch);
        ElasticsearchFeedbackStore.createIndex(elasticsearch);
        ElasticsearchEscalationCases.createIndex(elasticsearch);
        ElasticsearchEventLedger.createIndex(elasticsearch);
        ElasticsearchTeamAnswers.createIndex(elasticsearch);
    }
}
