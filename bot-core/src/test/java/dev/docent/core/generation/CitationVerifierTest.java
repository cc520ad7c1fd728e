package dev.docent.core.generation;

import static dev.docent.core.testing.Passages.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Citation;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.retrieval.RankedPassage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CitationVerifierTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final CitationVerifier verifier = new CitationVerifier(CitationVerifier.Thresholds.defaults(), metrics);

    private final RankedPassage retries = passage("webhooks", "Webhook retries",
            "Formwell retries a failed webhook delivery up to 8 times over 24 hours. Deliveries time out after 10 seconds.");
    private final RankedPassage secrets = passage("secrets", "Signing secrets",
            "Click Roll secret on the endpoint page. The old secret stays valid for 24 hours.");
    private final RankedPassage plans = passage("plans", "Plans", "The Team plan costs 49 dollars per month.");

    @Test
    void citationOfAPassageThatWasNotGivenIsRemoved() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "A failed delivery is retried up to 8 times over 24 hours [1][7].", List.of(retries, secrets)));

        assertThat(answer.text()).isEqualTo("A failed delivery is retried up to 8 times over 24 hours [1].");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1);
        assertThat(metrics.counter("docent.citations.removed").count()).isEqualTo(1);
    }

    @Test
    void aRemovedMarkerTakesItsSpaceWithItAndTheRestOfTheTextStaysAsWritten() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Roll the secret [7]. Then run `formwell sync .` and `wait ...` [2] [9], as the page says [2].", List.of(retries, secrets)));

        assertThat(answer.text()).isEqualTo("Roll the secret. Then run `formwell sync .` and `wait ...` [1], as the page says [1].");
    }

    @Test
    void whatLooksLikeAMarkerInsideQuotedCodeIsCodeAndStaysAsWritten() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Roll the secret like this: [2]\n```\nconst next = secrets[1] ?? secrets[7];\n```\nRetries happen 8 times over 24 hours [1].",
                List.of(retries, secrets)));

        assertThat(answer.text()).isEqualTo(
                "Roll the secret like this: [1]\n```\nconst next = secrets[1] ?? secrets[7];\n```\nRetries happen 8 times over 24 hours [2].");
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Signing secrets", "Webhook retries");
        assertThat(metrics.counter("docent.citations.removed").count()).isZero();
        assertThat(answer.notes()).as("code is no claim").isEmpty();
    }

    @Test
    void whatLooksLikeAMarkerInsideInlineCodeIsCodeToo() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Supplying a secret overrides `secrets[0]`, and `secrets[2]` is the old one. [2]",
                List.of(retries, passage("secrets", "Signing secrets",
                        "Supplying a secret overrides `secrets[0]`, and `secrets[2]` is the old one."))));

        assertThat(answer.text()).isEqualTo("Supplying a secret overrides `secrets[0]`, and `secrets[2]` is the old one. [1]");
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Signing secrets");
        assertThat(metrics.counter("docent.citations.removed").count()).isZero();
    }

    @Test
    void answerLeftWithoutAValidCitationBecomesTheHonestNotFound() {
        GeneratedAnswer onlyInvalid = verifier.verify(new Draft("Retries happen 8 times [7].", List.of(retries)));
        GeneratedAnswer none = verifier.verify(new Draft("Webhooks are retried a few times.", List.of(retries)));

        for (GeneratedAnswer answer : List.of(onlyInvalid, none)) {
            assertThat(answer.grounded()).isFalse();
            assertThat(answer.text()).isEqualTo(GeneratedAnswer.NOT_FOUND_TEXT).contains("bring in a person");
            assertThat(answer.citations()).isEmpty();
        }
    }

    @Test
    void sourcesAreRenumberedInOrderOfUseAndUncitedOnesAreNotListed() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Click Roll secret on the endpoint page [2]. The old secret stays valid for 24 hours [2]. "
                        + "Failed deliveries are retried up to 8 times [1].",
                List.of(retries, secrets, plans)));

        assertThat(answer.text()).isEqualTo("Click Roll secret on the endpoint page [1]. The old secret stays valid for 24 hours [1]. "
                + "Failed deliveries are retried up to 8 times [2].");
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Signing secrets", "Webhook retries");
        assertThat(answer.sources()).containsExactly(secrets, retries);
        assertThat(answer.citations().getFirst().snippet()).isEqualTo(
                "Click Roll secret on the endpoint page. The old secret stays valid for 24 hours.");
        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void aModelsCitationsOfTwoPassagesOfOneSectionAreOneSource() {
        IndexedPassage more = IndexedPassage.of("docs", "webhooks.md", 1, 2, "Webhook retries", List.of(),
                "A delivery that times out is retried like any failed one.", "https://docs.example/webhooks", "h", null);
        RankedPassage retriesContinued = new RankedPassage("webhooks-1", more, 0.02, OptionalInt.of(2), OptionalInt.of(2),
                OptionalDouble.of(0.88), false);

        GeneratedAnswer answer = verifier.verify(new Draft(
                "Failed deliveries are retried up to 8 times [1]. A delivery that times out is retried like any failed one [3][1]. "
                        + "The Team plan costs 49 dollars per month [2].",
                List.of(retries, plans, retriesContinued)));

        assertThat(answer.text()).isEqualTo("Failed deliveries are retried up to 8 times [1]. A delivery that times out is "
                + "retried like any failed one [1]. The Team plan costs 49 dollars per month [2].");
        assertThat(answer.citations()).extracting(Citation::title).containsExactly("Webhook retries", "Plans");
        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void sentenceItsSourceDoesNotSupportIsFlagged() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Failed deliveries are retried up to 8 times [1]. Enterprise customers get a dedicated webhook relay "
                        + "with guaranteed ordering [1].",
                List.of(retries)));

        assertThat(answer.grounded()).isTrue();
        assertThat(answer.notes()).singleElement().asString()
                .contains("[1]").contains("Enterprise customers get a dedicated webhook relay");
        assertThat(metrics.counter("docent.claims.flagged", "reason", "unsupported").count()).isEqualTo(1);
    }

    @Test
    void markerAfterTheFullStopBelongsToTheSentenceBeforeIt() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Click Roll secret on the endpoint page. [1] The Team plan costs 49 dollars per month. [2]",
                List.of(secrets, plans)));

        assertThat(answer.notes()).isEmpty();
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1, 2);
    }

    @Test
    void theLineAfterALineEndingWithAColonIsOneClaimCitedAtItsEnd() {
        RankedPassage lockout = passage("password-reset", "Locked out",
                "Formwell locks the account and shows:\n\nToo many sign-in attempts. Try again in 30 minutes.");

        GeneratedAnswer announced = verifier.verify(new Draft(
                "Formwell locks the account and shows: [1]\nToo many sign-in attempts. Try again in 30 minutes. [1]",
                List.of(lockout)));
        GeneratedAnswer afterAStatement = verifier.verify(new Draft(
                "Formwell locks the account. [1]\nToo many sign-in attempts. Try again in 30 minutes. [1]",
                List.of(lockout)));

        assertThat(announced.notes()).isEmpty();
        assertThat(afterAStatement.notes()).singleElement().asString().contains("No source is given for")
                .contains("Too many sign-in attempts.");
    }

    @Test
    void emphasisClosedAfterTheStopDoesNotLeaveAStopOfItsOwnToVerify() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "The Team plan costs 49 dollars *(billed monthly!)*. [1]",
                List.of(passage("plans", "Plans", "The Team plan costs 49 dollars *(billed monthly!)*."))));

        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void groupedMarkersAreReadAsSeparateCitations() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Deliveries time out after 10 seconds and the old secret stays valid for 24 hours [1, 2].",
                List.of(retries, secrets)));

        assertThat(answer.text()).endsWith("24 hours [1][2].");
        assertThat(answer.citations()).hasSize(2);
    }

    @Test
    void claimWithoutAnySourceIsFlagged() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Click Roll secret on the endpoint page [1]. Our competitors charge far more for premium webhook signing.",
                List.of(secrets)));

        assertThat(answer.notes()).singleElement().asString().startsWith("No source is given for");
    }

    @Test
    void aCitedStepWithAQuestionMarkInsideIsNotFlaggedAsUncited() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "1. Click **Roll secret?** on the endpoint page. [1]\n2. The old secret stays valid for 24 hours. [1]",
                List.of(secrets)));

        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void aListItemIsOneClaimHoweverManySentencesItHas() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "1. Click Roll secret on the endpoint page. The old secret stays valid for 24 hours. [1]",
                List.of(secrets)));

        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void aTableRowIsOneClaimHoweverManySentencesItsCellsHave() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Action: Roll secret; Effect: A new secret is issued on the endpoint page. The old secret stays valid for 24 hours. [1]",
                List.of(secrets)));

        assertThat(answer.notes()).isEmpty();
    }

    /** A one-column table's row is spelled against its one header ("Function: ..."), and cited once at its end too. */
    @Test
    void aRowOfOneCellIsOneClaimCitedAtItsEnd() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Action: Roll secret on the endpoint page. The old secret stays valid for 24 hours. [1]",
                List.of(secrets)));

        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void aLabelledLineCitedSentenceBySentenceIsStillCheckedSentenceBySentence() {
        GeneratedAnswer answer = verifier.verify(new Draft(
                "Note: Our competitors charge far more for premium webhook signing. [1] Click Roll secret on the endpoint page. [1]",
                List.of(secrets)));

        assertThat(answer.notes()).singleElement().asString().startsWith("Check this against its source [1]")
                .contains("Our competitors").doesNotContain("Roll secret");
    }
}
