package dev.docent.core.desk;

/**
 * What a platform knows about the person behind an admin command, asked only when needed (it may
 * cost a platform call): whether they run the workspace or server, and whether they belong to a
 * user group (Slack) or role (Discord) that the configuration names as admins.
 */
public interface Membership {

    /** Slack workspace owners and admins; Discord members with Manage Server. */
    boolean administersWorkspace();

    boolean belongsTo(String group);
}
