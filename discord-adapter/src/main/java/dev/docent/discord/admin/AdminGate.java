package dev.docent.discord.admin;

import dev.docent.core.tenant.TenantDirectory;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;

/**
 * Who may reindex and see status in a guild: members with Manage Server, and the users and roles
 * docent.yml names as the guild's admins ({@code tenants.<guild id>.admins.users / groups}).
 */
public final class AdminGate {

    static final String REFUSAL = "Only members with the Manage Server permission, or an admin role set in "
            + "Docent's configuration, can %s. Nothing was changed.";

    private final TenantDirectory tenants;

    public AdminGate(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public boolean allows(Member member) {
        return member.hasPermission(Permission.MANAGE_SERVER)
                || tenants.isAdmin(member.getGuild().getId(), member.getId(),
                        member.getRoles().stream().map(ISnowflake::getId).toList());
    }

    public static String refusal(String action) {
        return REFUSAL.formatted(action);
    }
}
