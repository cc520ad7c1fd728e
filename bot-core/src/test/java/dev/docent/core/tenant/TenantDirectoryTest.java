package dev.docent.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.core.teach.TeamAnswerBases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        assertThat(docs(directory.visibleTo(place))).containsExactlyInAnyOrder("product-docs", "internal-runbooks");
    }

    @Test
    void publicChannelNeverSeesInternalRunbooksEvenWhenItsTenantListsThem() {
        assertThat(docs(directory.visibleTo(directory.place("T_SUPPORT", "C_PUBLIC_HELP", Visibility.PRIVATE))))
                .containsExactly("product-docs");
        assertThat(docs(directory.visibleTo(directory.place("G_COMMUNITY", "any-channel", Visibility.PRIVATE))))
                .containsExactly("product-docs");
    }

    @Test
    void channelOverrideNarrowsTheKnowledgeBases() {
        assertThat(docs(directory.visibleTo(directory.place("T_SUPPORT", "C_RUNBOOKS", Visibility.PRIVATE))))
                .containsExactly("internal-runbooks");
    }

    @Test
    void unconfiguredTenantGetsTheDefaultsAndThePlatformsVisibility() {
        Place place = directory.place("T_OTHER", "C1", Visibility.PUBLIC);
        assertThat(place.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(docs(directory.visibleTo(place))).containsExactly("product-docs");
    }

    @Test
    void withoutDefaultsAnUnconfiguredPrivatePlaceSeesEverythingButAPublicOneNoInternals() {
        TenantDirectory bare = new TenantDirectory(Map.of(), List.of(), Set.of("internal-runbooks"), () -> ALL);
        assertThat(docs(bare.visibleTo(new Place("T", "C", Visibility.PRIVATE)))).isEqualTo(ALL);
        assertThat(docs(bare.visibleTo(new Place("T", "C", Visibility.PUBLIC)))).containsExactlyInAnyOrder("product-docs", "sample");
    }

    @Test
    void everyPlaceSeesItsOwnTenantsTeamAnswersAndOnlyThePublishedOnesInPublic() {
        TenantDirectory everything = new TenantDirectory(Map.of(), List.of(), Set.of(),
                () -> Set.of("sample", TeamAnswerBases.internal("T_OTHER"), TeamAnswerBases.published("T_OTHER")));

        assertThat(teamAnswers(directory.visibleTo(directory.place("T_SUPPORT", "C_ANY", Visibility.PRIVATE))))
                .containsExactlyInAnyOrder(TeamAnswerBases.internal("T_SUPPORT"), TeamAnswerBases.published("T_SUPPORT"));
        assertThat(teamAnswers(directory.visibleTo(directory.place("T_SUPPORT", "C_PUBLIC_HELP", Visibility.PRIVATE))))
                .containsExactly(TeamAnswerBases.published("T_SUPPORT"));
        assertThat(teamAnswers(everything.visibleTo(new Place("T_MINE", "C", Visibility.PRIVATE))))
                .as("another tenant's, even when every knowledge base is visible")
                .containsExactlyInAnyOrder(TeamAnswerBases.internal("T_MINE"), TeamAnswerBases.published("T_MINE"));
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

    private static Set<String> docs(Set<String> visible) {
        return visible.stream().filter(kb -> !TeamAnswerBases.isTeamAnswers(kb)).collect(Collectors.toSet());
    }

    private static Set<String> teamAnswers(Set<String> visible) {
        return visible.stream().filter(TeamAnswerBases::isTeamAnswers).collect(Collectors.toSet());
    }
}
