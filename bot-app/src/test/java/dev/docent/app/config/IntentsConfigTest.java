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
import java.util.Map;
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
                    intents:
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
                .hasMessage(file + ":3:22: intents.policy.outage.action: 'page_someone' is not one of: answer, answer_and_offer_human, escalate");
    }

    @Test
    void ruleForAnIntentTheModelDoesNotKnowIsRefused() throws Exception {
        Path file = write("intents:\n  policy:\n    outgae: {action: escalate}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(file + ":3:5: intents.policy.outgae: the intent model has no intent 'outgae' "
                        + "(did you mean 'outage'? known: account_access, billing,");
    }

    @Test
    void aTenantsRuleForAnUnknownIntentIsRefusedWhereItIsWritten() throws Exception {
        Path file = write("tenants:\n  T1:\n    name: Support\n    intents:\n      biling: {action: escalate}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ":5:7: tenants.T1.intents.biling: the intent model has no intent 'biling' "
                        + "(did you mean 'billing'?");
    }

    @Test
    void aConfigurationBuiltInCodeIsCheckedAgainstTheModelToo() {
        IntentsConfig config = new IntentsConfig(true, null,
                Map.of("outgae", new IntentRuleConfig(IntentRuleConfig.ActionName.ESCALATE, null)), Map.of(), null);

        assertThatThrownBy(() -> IntentWiring.from(config, name -> Optional.empty()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("intents.policy.outgae: the intent model has no intent 'outgae' (known: account_access, billing,");
    }

    @Test
    void anIntentModelFileThatIsNotThereIsNamedWhereItIsConfigured() throws Exception {
        Path file = write("intents:\n  modelFile: models/nope.json\n  policy:\n    outage: {action: escalate}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":2:3: intents.modelFile: models/nope.json: no such intent model file");
    }

    @Test
    void hostedModelWithoutItsKeyInTheEnvironmentIsAClearError() throws Exception {
        DocentConfig config = ConfigLoader.load(write("intents:\n  hosted:\n    name: ft:gpt-4o-mini:acme::x\n"));

        assertThatThrownBy(() -> IntentWiring.from(config.intents(), name -> Optional.empty()))
                .hasMessage("intents.hosted: set the environment variable OPENAI_API_KEY to the API key of https://api.openai.com/v1");
    }

    @Test
    void minConfidenceOutOfRangeIsRefused() throws Exception {
        Path file = write("intents:\n  policy:\n    outage: {action: escalate, minConfidence: 1.5}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":3:47: intents.policy.outage.minConfidence: must be from 0 to 1, was 1.5");
    }

    private static Optional<IntentPrediction> intent(String name, double confidence) {
        return Optional.of(new IntentPrediction(name, confidence));
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("docent.yml"), yaml);
    }
}
