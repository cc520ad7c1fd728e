package dev.docent.core.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.List;

/**
 * Who may reindex and see status: user ids, and groups - Slack user group ids or Discord role ids.
 * (Discord's Manage Server permission counts too; the Discord adapter checks that itself.)
 */
public record Admins(
        @JsonProperty("users") List<String> users,
        @JsonProperty("groups") List<String> groups) {

    public Admins {
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static Admins none() {
        return new Admins(List.of(), List.of());
    }

    public boolean includes(String user, Collection<String> memberships) {
        return users.contains(user) || memberships.stream().anyMatch(groups::contains);
    }
}
