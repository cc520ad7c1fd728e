package dev.docent.app.admin;

import dev.docent.core.insights.Overview;

/** What every admin page shows around its content: who is signed in (and their form token), the filters and what they offer. */
record AdminView(AdminSession session, Filters filters, Overview.Facets facets, Nav active) {

    /** The pages, in the order the navigation lists them. */
    enum Nav {
        OVERVIEW("Overview", "/admin", true),
        GAPS("Docs gaps", "/admin/gaps", true),
        PAGES("Pages", "/admin/pages", true),
        CASES("Escalation cases", "/admin/cases", true),
        TEAM_ANSWERS("Team answers", "/admin/team-answers", true),
        /** What the knowledge bases hold now: no period or tenant narrows it. */
        KNOWLEDGE_BASES("Knowledge bases", "/admin/knowledge-bases", false);

        final String title;
        final String path;
        final boolean filtered;

        Nav(String title, String path, boolean filtered) {
            this.title = title;
            this.path = path;
            this.filtered = filtered;
        }
    }
}
