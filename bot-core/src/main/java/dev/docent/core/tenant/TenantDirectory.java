package dev.docent.core.tenant;

import dev.docent.core.knowledge.KnowledgeBaseAccess;
import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.core.teach.TeamAnswerBases;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Who may see what, across every tenant: a place's visibility and knowledge bases, a tenant's
 * admins and escalation target. An unconfigured tenant gets the default knowledge bases (or all
 * of them), so that a single-workspace install needs no configuration at all.
 *
 * <p>The one rule that is never relaxed: a place that is public never sees an internal knowledge
 * base, whatever its channel or tenant lists. Every place also sees its tenant's team answers
 * ({@link TeamAnswerBases}): the published ones, and in private places the internal ones too.
 */
public final class TenantDirectory {

    private final Map<String, TenantConfig> tenants;
    private final List<String> defaultKnowledgeBases;
    private final Set<String> internalKnowledgeBases;
    private final Supplier<Set<String>> allKnowledgeBases;

    /**
     * @param allKnowledgeBases what "every knowledge base" means when nothing narrower is configured
     */
    public TenantDirectory(Map<String, TenantConfig> tenants, List<String> defaultKnowledgeBases,
                           Set<String> internalKnowledgeBases, Supplier<Set<String>> allKnowledgeBases) {
        this.tenants = Map.copyOf(tenants);
        this.defaultKnowledgeBases = List.copyOf(defaultKnowledgeBases);
        this.internalKnowledgeBases = Set.copyOf(internalKnowledgeBases);
        this.allKnowledgeBases = allKnowledgeBases;
    }

    /**
     * The place a message comes from. {@code observed} is what the platform says (a Slack DM or
     * private channel, a Discord guild channel); configuration overrides it, channel before tenant.
     */
    public Place place(String tenant, String channel, Visibility observed) {
        Optional<TenantConfig> config = tenant(tenant);
        Visibility visibility = config.map(t -> t.channels().get(channel))
                .map(ChannelConfig::visibility)
                .or(() -> config.map(TenantConfig::visibility))
                .orElse(observed);
        return new Place(tenant, channel, visibility);
    }

    public KnowledgeBaseAccess access() {
        return this::visibleTo;
    }

    public Set<String> visibleTo(Place place) {
        Optional<TenantConfig> config = tenant(place.tenant());
        Collection<String> configured = config.map(t -> t.channels().get(place.channel()))
                .map(ChannelConfig::knowledgeBases)
                .or(() -> config.map(TenantConfig::knowledgeBases))
                .orElse(defaultKnowledgeBases);
        Set<String> visible = new TreeSet<>(configured.isEmpty() ? allKnowledgeBases.get() : configured);
        if (place.visibility() == Visibility.PUBLIC) {
            visible.removeAll(internalKnowledgeBases);
        }
        // Team answers are the tenant's own, whatever "every knowledge base" would include.
        visible.removeIf(TeamAnswerBases::isTeamAnswers);
        visible.addAll(TeamAnswerBases.visibleIn(place));
        return visible;
    }

    /** Whether the user may reindex and see status: a configured admin user, or a member of an admin group. */
    public boolean isAdmin(String tenant, String user, Collection<String> memberships) {
        return tenant(tenant).map(t -> t.admins().includes(user, memberships)).orElse(false);
    }

    /** The tenant's configured admins (none when the tenant is not configured). */
    public Admins admins(String tenant) {
        return tenant(tenant).map(TenantConfig::admins).orElse(Admins.none());
    }

    public Optional<EscalationTarget> escalationTarget(String tenant) {
        return tenant(tenant).map(TenantConfig::escalation);
    }

    public boolean isInternal(String knowledgeBase) {
        return internalKnowledgeBases.contains(knowledgeBase);
    }

    private Optional<TenantConfig> tenant(String id) {
        return Optional.ofNullable(tenants.get(id));
    }
}
