package dev.docent.slack.admin;

import com.slack.api.model.User;
import dev.docent.core.desk.Membership;
import dev.docent.slack.web.SlackWeb;

/** What Slack says about a user, asked only when the desk needs it: owner or admin, member of a user group. */
public final class SlackMembership implements Membership {

    private final SlackWeb web;
    private final String user;

    public SlackMembership(SlackWeb web, String user) {
        this.web = web;
        this.user = user;
    }

    @Override
    public boolean administersWorkspace() {
        User profile = web.user(user);
        return profile.isOwner() || profile.isAdmin() || profile.isPrimaryOwner();
    }

    @Override
    public boolean belongsTo(String group) {
        return web.userGroupMembers(group).contains(user);
    }
}
