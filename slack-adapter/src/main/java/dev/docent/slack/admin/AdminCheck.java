package dev.docent.slack.admin;

import com.slack.api.model.User;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.TenantDirectory;
import dev.docent.slack.web.SlackWeb;
import java.util.List;

/**
 * Who may reindex and see status in a workspace: the admins docent.yml names (user ids, or
 * members of a user group, asked of Slack with usergroups.users.list). A workspace with no
 * admins configured - the single-team install without configuration - falls back to its Slack
 * owners and admins, so that somebody can always reindex.
 */
public final class AdminCheck {

    private final TenantDirectory tenants;
    private final SlackWeb web;

    public AdminCheck(TenantDirectory tenants, SlackWeb web) {
        this.tenants = tenants;
        this.web = web;
    }

    public boolean isAdmin(String team, String user) {
        Admins admins = tenants.admins(team);
        if (admins.users().isEmpty() && admins.groups().isEmpty()) {
            User profile = web.user(user);
            return profile.isOwner() || profile.isAdmin() || profile.isPrimaryOwner();
        }
        if (admins.users().contains(user)) {
            return true;
        }
        List<String> memberships = admins.groups().stream()
                .filter(group -> web.userGroupMembers(group).contains(user))
                .toList();
        return tenants.isAdmin(team, user, memberships);
    }
}
