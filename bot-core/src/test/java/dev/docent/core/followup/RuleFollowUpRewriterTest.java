package dev.docent.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.question.ThreadMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFollowUpRewriterTest {

    private final RuleFollowUpRewriter rule = new RuleFollowUpRewriter();

    @Test
    void followUpThatLeansOnTheThreadIsSearchedWithTheThreadsQuestion() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How many times is a failed webhook retried?"),
                ThreadMessage.byDocent("Up to 8 times over 24 hours. [1]"));

        assertThat(rule.standalone("and how long does it wait between them?", thread))
                .isEqualTo("and how long does it wait between them? How many times is a failed webhook retried?");
        assertThat(rule.standalone("what about Team plan?", thread)).isEqualTo("what about Team plan? How many times is a failed webhook retried?");
    }

    @Test
    void questionThatStandsAloneIsLeftAsItIs() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How many times is a failed webhook retried?"));

        assertThat(rule.standalone("How do I rotate the webhook signing secret?", thread))
                .isEqualTo("How do I rotate the webhook signing secret?");
    }

    @Test
    void aQuestionThatSaysWhatItIsAboutStandsAloneWhateverPronounsItUses() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How do I set up single sign-on for my team?"));

        assertThat(rule.standalone("The password reset link says it's invalid when I click it", thread))
                .isEqualTo("The password reset link says it's invalid when I click it");
        assertThat(rule.standalone("We hit the email limit today. Will the emails that weren't sent go out tomorrow?", thread))
                .startsWith("We hit");
        assertThat(rule.standalone("Is there a Chrome extension for Formwell?", thread)).isEqualTo("Is there a Chrome extension for Formwell?");
        assertThat(rule.standalone("Can one form post to more than one Slack channel?", thread)).startsWith("Can one form");
    }

    @Test
    void aShortQuestionThatNamesItsSubjectStandsAloneUnlessItPointsBack() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How do I run the development server in debug mode?"));

        assertThat(rule.standalone("How do I use tmp_path?", thread)).isEqualTo("How do I use tmp_path?");
        assertThat(rule.standalone("What is pytest.ExitCode?", thread)).isEqualTo("What is pytest.ExitCode?");
        assertThat(rule.standalone("What is g?", thread)).isEqualTo("What is g?");
        assertThat(rule.standalone("what are webhooks?", thread)).isEqualTo("what are webhooks?");
        assertThat(rule.standalone("What's a blueprint?", thread)).isEqualTo("What's a blueprint?");
        assertThat(rule.standalone("what is the limit?", thread)).endsWith("in debug mode?");
        assertThat(rule.standalone("is it a subclass of PytestWarning?", thread)).endsWith("in debug mode?");
        assertThat(rule.standalone("what is it for?", thread)).endsWith("in debug mode?");
    }

    @Test
    void thatOpeningAClauseOneBeforeANounAndInsteadOfPointAtNothingSaidBefore() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How do I share fixtures between files?"));

        assertThat(rule.standalone("How do I check that an exception is raised?", thread))
                .isEqualTo("How do I check that an exception is raised?");
        assertThat(rule.standalone("How do I run only one test?", thread)).isEqualTo("How do I run only one test?");
        assertThat(rule.standalone("which one is faster?", thread)).endsWith("between files?");
        assertThat(rule.standalone("how do I check that?", thread)).endsWith("between files?");
        assertThat(rule.standalone("can I share the ones I use?", thread)).endsWith("between files?");
        assertThat(rule.standalone("When should I use Rc instead of Box?", thread))
                .isEqualTo("When should I use Rc instead of Box?");
        assertThat(rule.standalone("can I use a conftest instead?", thread)).endsWith("between files?");
    }

    @Test
    void aShortQuestionThatRefersBackOrOpensWithAContinuationLeansOnTheThread() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How do I set up single sign-on for my team?"));

        assertThat(rule.standalone("does it work with Okta too?", thread)).endsWith("How do I set up single sign-on for my team?");
        assertThat(rule.standalone("How do I back up a database while it is in use?", thread))
                .isEqualTo("How do I back up a database while it is in use?");
        assertThat(rule.standalone("is it a subclass of the base?", thread)).endsWith("How do I set up single sign-on for my team?");
        assertThat(rule.standalone("how do I remove them again?", thread)).endsWith("How do I set up single sign-on for my team?");
        assertThat(rule.standalone("can I do that on the free plan?", thread)).endsWith("How do I set up single sign-on for my team?");
        assertThat(rule.standalone("And which identity providers are supported with SAML and with SCIM provisioning today?", thread))
                .endsWith("How do I set up single sign-on for my team?");
    }

    @Test
    void docentsRepliesAreNotTakenForTheQuestionAFollowUpLeansOn() {
        List<ThreadMessage> thread = List.of(ThreadMessage.byPerson("How do I set up single sign-on for my team?"),
                ThreadMessage.byDocent("I could not find this in the documentation. Would you like me to bring in a person?"));

        assertThat(rule.standalone("does it work with Okta too?", thread))
                .isEqualTo("does it work with Okta too? How do I set up single sign-on for my team?");
        assertThat(rule.standalone("and it?", List.of(ThreadMessage.byDocent("Which plan are you on?")))).isEqualTo("and it?");
    }

    @Test
    void firstQuestionOfAThreadIsLeftAsItIs() {
        assertThat(rule.standalone("and it?", List.of())).isEqualTo("and it?");
    }
}
