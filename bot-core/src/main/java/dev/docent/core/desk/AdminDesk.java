package dev.docent.core.desk;

import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.question.Place;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.Reindexer;
import dev.docent.core.tenant.TenantDirectory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an admin may do from a place: reindex and see the status of the knowledge bases that place
 * may see - never another tenant's internal ones, not even their names. Only
 * {@link SupportDesk#admin} hands one out, and only to an admin.
 */
public final class AdminDesk {

    private static final Logger log = LoggerFactory.getLogger(AdminDesk.class);

    private final String platform;
    private final Place place;
    private final TenantDirectory tenants;
    private final Reindexer reindexer;
    private final DeskMetrics metrics;

    AdminDesk(String platform, Place place, TenantDirectory tenants, Reindexer reindexer, DeskMetrics metrics) {
        this.platform = platform;
        this.place = place;
        this.tenants = tenants;
        this.reindexer = reindexer;
        this.metrics = metrics;
    }

    /** The knowledge bases this place sees that have sources Docent can reindex from. */
    public List<String> reindexable() {
        Set<String> visible = tenants.visibleTo(place);
        return reindexer.reindexable().stream().filter(visible::contains).toList();
    }

    /** The named knowledge base, or every reindexable one when none is named. */
    public ReindexPlan plan(Optional<String> requested) {
        List<String> mine = reindexable();
        if (requested.isPresent()) {
            return mine.contains(requested.get()) ? ReindexPlan.of(List.of(requested.get()))
                    : ReindexPlan.refused(Notices.cannotReindex(requested.get(), mine));
        }
        return mine.isEmpty() ? ReindexPlan.refused(Notices.NOTHING_TO_REINDEX) : ReindexPlan.of(mine);
    }

    /** Reindexes one knowledge base of the plan; blocks until done, so call it off the platform's event thread. */
    public ReindexOutcome reindex(String knowledgeBase, ReindexListener listener) {
        List<String> mine = reindexable();
        if (!mine.contains(knowledgeBase)) {
            return ReindexOutcome.failed(knowledgeBase, Notices.cannotReindex(knowledgeBase, mine));
        }
        try {
            ReindexOutcome done = ReindexOutcome.done(reindexer.reindex(knowledgeBase, listener));
            metrics.reindexed(platform, "done");
            log.atInfo().addKeyValue("platform", platform).addKeyValue("tenant", place.tenant())
                    .addKeyValue("knowledgeBase", knowledgeBase).addKeyValue("ms", done.summary().orElseThrow().took().toMillis())
                    .log("reindexed from chat");
            return done;
        } catch (ReindexInProgressException | UnknownKnowledgeBaseException e) {
            metrics.reindexed(platform, "refused");
            return ReindexOutcome.failed(knowledgeBase, e.getMessage());
        } catch (RuntimeException e) {
            metrics.reindexed(platform, "failed");
            log.atError().addKeyValue("platform", platform).addKeyValue("knowledgeBase", knowledgeBase)
                    .addKeyValue("error", e.getClass().getName()).setCause(e).log("reindex failed");
            return ReindexOutcome.failed(knowledgeBase, Notices.REINDEX_FAILED);
        }
    }

    /** The status of the knowledge bases this place sees. */
    public List<KnowledgeBaseStatus> status() {
        Set<String> visible = tenants.visibleTo(place);
        return reindexer.status().stream().filter(s -> visible.contains(s.name())).toList();
    }
}
