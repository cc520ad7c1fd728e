package dev.docent.core.chat;

import dev.docent.core.Docent;
import dev.docent.core.conversation.AnswerLog;
import dev.docent.core.dedup.EventLedger;
import dev.docent.core.escalation.EscalationCases;
import dev.docent.core.feedback.FeedbackStore;
import dev.docent.core.reindex.Reindexer;
import dev.docent.core.tenant.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Everything a chat adapter needs from Docent, platform-free: the answer pipeline (which asks the
 * tenant directory what each place may see), who is admin and where escalations go, the records
 * kept in Elasticsearch, reindexing, and metrics.
 */
public record ChatServices(
        Docent docent,
        TenantDirectory tenants,
        AnswerLog answers,
        FeedbackStore feedback,
        EscalationCases escalations,
        EventLedger events,
        Reindexer reindexer,
        MeterRegistry metrics) {
}
