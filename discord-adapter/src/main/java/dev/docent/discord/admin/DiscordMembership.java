package dev.docent.discord.admin;

import dev.docent.core.desk.Membership;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;

/** What Discord says about a member: Manage Server, and the roles they hold (the configuration's admin groups are role ids). */
public final class DiscordMembership implements Membership {

    private final Member member;

    public DiscordMembership(Member member) {
        this.member = member;
    }

    @Override
    public boolean administersWorkspace() {
        return member.hasPermission(Permission.MANAGE_SERVER);
    }

    @Override
    public boolean belongsTo(String group) {
        return member.getRoles().stream().map(ISnowflake::getId).anyMatch(group::equals);
    }
}
