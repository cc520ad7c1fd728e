package dev.docent.app.admin;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.escalation.EscalationCases;
import dev.docent.core.insights.CaseReport;
import dev.docent.core.insights.CasesQuery;
import dev.docent.core.insights.GapQuery;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.Overview;
import dev.docent.core.insights.OverviewQuery;
import dev.docent.core.insights.PagesQuery;
import dev.docent.core.insights.PagesReport;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** What the admin page reads from (and the one thing it writes to: a case's progress), in one place. */
final class AdminReports {

    /** Cases listed on the page; the counts cover them all. */
    static final int CASES_LISTED = 200;

    private final OverviewQuery overview;
    private final GapQuery gaps;
    private final PagesQuery pages;
    private final CasesQuery cases;
    private final EscalationCases escalations;
    private final Supplier<List<KnowledgeBaseStatus>> knowledgeBaseStatuses;

    AdminReports(ElasticsearchConnection elasticsearch, Supplier<Set<String>> knowledgeBases,
                 Supplier<List<KnowledgeBaseStatus>> knowledgeBaseStatuses, Clock clock) {
        this.overview = new OverviewQuery(elasticsearch);
        this.gaps = new GapQuery(elasticsearch);
        this.pages = new PagesQuery(elasticsearch, knowledgeBases);
        this.cases = new CasesQuery(elasticsearch, clock);
        this.escalations = new ElasticsearchEscalationCases(elasticsearch, clock);
        this.knowledgeBaseStatuses = knowledgeBaseStatuses;
    }

    Overview overview(Scope scope) {
        return overview.overview(scope);
    }

    Overview.Facets facets(Period period) {
        return overview.facets(period);
    }

    GapReport gaps(Scope scope) {
        return gaps.report(scope);
    }

    PagesReport pages(Scope scope) {
        return pages.report(scope);
    }

    List<KnowledgeBaseStatus> knowledgeBases() {
        return knowledgeBaseStatuses.get();
    }

    CaseReport cases(Scope scope) {
        return cases.report(scope, CASES_LISTED);
    }

    boolean take(String caseId, String admin) {
        return escalations.take(caseId, admin);
    }

    boolean close(String caseId, String admin) {
        return escalations.close(caseId, admin);
    }
}
