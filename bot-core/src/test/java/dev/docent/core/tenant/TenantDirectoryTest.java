package dev.docent.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantDirectoryTest {

    private static final Set<String> ALL = Set.of("product-docs", "internal-runbooks", "sample");

    private final TenantDirectory directory = new TenantDirectory(
            Map.of("T_SUPPORT", new TenantConfig("Support", List.of("product-docs", "internal-runbooks"), Visibility.PRIVATE,
                            Map.of("C_PUBLIC_HELP", new ChannelConfig(null, Visibility.PUBLIC),
                                    "C_RUNBOOKS", new ChannelConfig(List.of("internal-runbooks"), null)),
                            new Admins(List.of("U_ADMIN"), List.of("S_LEADS")),
                            new EscalationTarget("C_ESCALATIONS", "S_ONCALL")),
                    "G_COMMUNITY", new TenantConfig("Community", List.of("product-docs", "internal-runbooks"), Visibility.PUBLIC,
                            null, null, null)),
            List.of("product-docs"), Set.of("internal-runbooks"), () -> ALL);

    @Test
    void privateSupportChannelSeesItsTenantsKnowledgeBases() {
        Place place = directory.place("T_SUPPORT", "C_ANY", Visibility.PUBLIC);
        assertThat(place.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(directory.visibleTo(place)).containsExactlyInAnyOrder("product-docs", "internal-runbooks");
    }

    @Test
    void publicChannelNeverSeesInternalRunbooksEvenWhenItsTenantListsThem() {
        assertThat(directory.visibleTo(directory.place("T_SUPPORT", "C_PUBLIC_HELP", Visibility.PRIVATE)))
                .containsExactly("product-docs");
        assertThat(directory.visibleTo(directory.place("G_COMMUNITY", "any-channel", Visibility.PRIVATE)))
                .containsExactly("product-docs");
    }

    @Test
    void channelOverrideNarrowsTheKnowledgeBases() {
        assertThat(directory.visibleTo(directory.place("T_SUPPORT", "C_RUNBOOKS", Visibility.PRIVATE)))
                .containsExactly("internal-runbooks");
    }

    @Test
    void unconfiguredTenantGetsTheDefaultsAndThePlatformsVisibility() {
        Place place = directory.place("T_OTHER", "C1", Visibility.PUBLIC);
        assertThat(place.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(directory.visibleTo(place)).containsExactly("product-docs");
    }

    @Test
    void withoutDefaultsAnUnconfiguredPrivatePlaceSeesEverythingButAPublicOneNoInternals() {
        TenantDirectory bare = new TenantDirectory(Map.of(), List.of(), Set.of("internal-runbooks"), () -> ALL);
        assertThat(bare.visibleTo(new Place("T", "C", Visibility.PRIVATE))).isEqualTo(ALL);
        assertThat(bare.visibleTo(new Place("T", "C", Visibility.PUBLIC))).containsExactlyInAnyOrder("product-docs", "sample");
    }

    @Test
    void adminsAreConfiguredUsersOrMembersOfAdminGroupsOfThatTenantOnly() {
        assertThat(directory.isAdmin("T_SUPPORT", "U_ADMIN", List.of())).isTrue();
        assertThat(directory.isAdmin("T_SUPPORT", "U_SOMEONE", List.of("S_LEADS"))).isTrue();
        assertThat(directory.isAdmin("T_SUPPORT", "U_SOMEONE", List.of("S_OTHER"))).isFalse();
        assertThat(directory.isAdmin("G_COMMUNITY", "U_ADMIN", List.of())).isFalse();
        assertThat(directory.isAdmin("T_UNKNOWN", "U_ADMIN", List.of())).isFalse();
    }

    @Test
    void escalationTargetIsPerTenant() {
        assertThat(directory.escalationTarget("T_SUPPORT")).hasValueSatisfying(t -> {
            assertThat(t.channel()).isEqualTo("C_ESCALATIONS");
            assertThat(t.mentionGroup()).hasValue("S_ONCALL");
        });
        assertThat(directory.escalationTarget("G_COMMUNITY")).isEmpty();
    }
}
