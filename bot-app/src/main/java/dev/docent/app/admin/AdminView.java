package dev.docent.app.admin;

import dev.docent.core.insights.Overview;

/** What every admin page shows around its content: who is signed in (and their form token), the filters and what they offer. */
record AdminView(AdminSession session, Filters filters, Overview.Facets facets, Nav active) {

    /** The pages, in the order the navigation lists them. */
    enum Nav {
        OVERVIEW("Overview", "/admin"),
        GAPS("Docs gaps", "/admin/gaps"),
        PAGES("Pages", "/admin/pages"),
        CASES("Escalation cases", "/admin/cases"),
        TEAM_ANSWERS("Team answers", "/admin/team-answers"),
        KNOWLEDGE_BASES("Knowledge bases", "/admin/knowledge-bases");

        final String title;
        final String path;

        Nav(String title, String path) {
            this.title = title;
            this.path = path;
        }
    }
}
