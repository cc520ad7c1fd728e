package dev.docent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.intents.IntentWiring;
import dev.docent.core.answer.Action;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.core.relevance.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentsConfigTest {

    @TempDir
    Path dir;

    @Test
    void policyAndTenantOverridesAreMergedOverTheDefaults() throws Exception {
        DocentConfig config = ConfigLoader.load(write("""
                intents:
                  policy:
                    feature_request: {action: answer_and_offer_human, minConfidence: 0.7}
                  tenants:
                    T024BE7LD:
                      billing: {action: escalate}
                """));
        IntentWiring wiring = IntentWiring.from(config.intents(), name -> Optional.empty());
        Place enterprise = new Place("T024BE7LD", "support", Visibility.PRIVATE);
        Place community = new Place("G99", "help", Visibility.PUBLIC);

        assertThat(wiring.policy().decide(community, intent("feature_request", 0.8), Verdict.ANSWER).action())
                .isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(wiring.policy().decide(community, intent("feature_request", 0.6), Verdict.ANSWER).action()).isEqualTo(Action.ANSWER);
        assertThat(wiring.policy().decide(enterprise, intent("billing", 0.6), Verdict.ANSWER).action()).isEqualTo(Action.ESCALATE);
        assertThat(wiring.policy().decide(community, intent("billing", 0.6), Verdict.ANSWER).action()).isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(wiring.policy().decide(community, intent("outage", 0.6), Verdict.ANSWER).action()).isEqualTo(Action.ESCALATE);
    }

    @Test
    void unknownActionIsNamedWithTheAllowedOnes() throws Exception {
        Path file = write("intents:\n  policy:\n    outage: {action: page_someone}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ", line 3: 'intents.policy.outage.action' cannot be 'page_someone' (one of: answer, answer_and_offer_human, escalate)");
    }

    @Test
    void ruleForAnIntentTheModelDoesNotKnowIsRefused() throws Exception {
        DocentConfig config = ConfigLoader.load(write("intents:\n  policy:\n    outgae: {action: escalate}\n"));

        assertThatThrownBy(() -> IntentWiring.from(config.intents(), name -> Optional.empty()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("docent.yml: intents.policy.outgae: the intent model has no intent 'outgae' (known: account_access, billing,");
    }

    @Test
    void hostedModelWithoutItsKeyInTheEnvironmentIsAClearError() throws Exception {
        DocentConfig config = ConfigLoader.load(write("intents:\n  hosted:\n    model: ft:gpt-4o-mini:acme::x\n"));

        assertThatThrownBy(() -> IntentWiring.from(config.intents(), name -> Optional.empty()))
                .hasMessage("intents.hosted: set the environment variable OPENAI_API_KEY to the API key of https://api.openai.com/v1");
    }

    @Test
    void minConfidenceOutOfRangeIsRefused() throws Exception {
        Path file = write("intents:\n  policy:\n    outage: {action: escalate, minConfidence: 1.5}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("intents.policy.outage")
                .hasMessageContaining("minConfidence must be between 0 and 1, was 1.5");
    }

    private static Optional<IntentPrediction> intent(String name, double confidence) {
        return Optional.of(new IntentPrediction(name, confidence));
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("docent.yml"), yaml);
    }
}
