package dev.docent.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.relevance.Verdict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YesOrNoBeyondDocsTest {

    @Test
    void theNamesAreTheWordsTheAskerCapitalisesAfterASentencesFirst() {
        assertThat(YesOrNoBeyondDocs.names("Does Celery support Kafka?")).containsExactly("Celery", "Kafka");
        assertThat(YesOrNoBeyondDocs.names("Can I send form notifications to Microsoft Teams?")).containsExactly("Microsoft", "Teams");
        assertThat(YesOrNoBeyondDocs.names("Is there an app for iPhone or Android?")).containsExactly("iPhone", "Android");
        assertThat(YesOrNoBeyondDocs.names("Can we keep our data in Europe? We're on the Team plan.")).containsExactly("Europe", "Team");
        assertThat(YesOrNoBeyondDocs.names("can click read options from a YAML file?")).containsExactly("YAML");
    }

    /** Names in chat are often written in lower case; "browser" and "export" are common English words. */
    @Test
    void aWordInLowerCaseThatNoCommonEnglishHasIsAName() {
        assertThat(YesOrNoBeyondDocs.names("does celery support kafka?")).containsExactly("celery", "kafka");
        assertThat(YesOrNoBeyondDocs.names("can celery run tasks in the browser?")).containsExactly("celery");
        assertThat(YesOrNoBeyondDocs.names("can i export to yaml?")).as("too short to tell from a typo").isEmpty();
    }

    @Test
    void aPartOfAnAddressOrOfALongerNameIsNotOne() {
        assertThat(YesOrNoBeyondDocs.names("Can we host our forms on forms.ourcompany.com instead of your domain?")).isEmpty();
        assertThat(YesOrNoBeyondDocs.names("Can anyone with an @ourcompany.com email join?")).isEmpty();
        assertThat(YesOrNoBeyondDocs.names("Does it work with kafka-python or Kafka-Streams?")).isEmpty();
    }

    /** An acronym in parentheses restates the words before it, which the docs may well use. */
    @Test
    void anAcronymInParenthesesIsNotAName() {
        assertThat(YesOrNoBeyondDocs.names("do you support customer managed encryption keys (BYOK)?")).isEmpty();
    }

    @Test
    void onlyAChatSizedYesOrNoQuestionThatNamesSomethingTheDocsSeemToAnswerIsChecked() {
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER, "Does Celery support Kafka?")).isNotEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER_TENTATIVELY, "Can I export submissions to Airtable?")).isNotEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.NOT_IN_DOCS, "Does Celery support Kafka?")).isEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER, "How do I use Kafka with Celery?")).as("not yes or no").isEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER, "does it send the email again when it fails?")).as("no name").isEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER,
                "Does the worker crash with Kafka?\nAfter upgrading, `celery worker` exits at start with a traceback from KafkaConsumer."))
                .as("an issue: a subject line and a description").isEmpty();
        assertThat(YesOrNoBeyondDocs.namesToCheck(Verdict.ANSWER,
                "Is there any way to disable all default rules by setting .eslintrc ? { \"defualt\": \"off\" } which like elinst --reset"))
                .as("only the sentence that asks: after it, what the asker tried, typos included").isEmpty();
    }

    @Test
    void aYesOrNoQuestionAboutWhatNoPageUsesIsNotInTheDocs() {
        assertThat(YesOrNoBeyondDocs.verdict(Verdict.ANSWER, Set.of("Kafka"))).isEqualTo(Verdict.NOT_IN_DOCS);
        assertThat(YesOrNoBeyondDocs.verdict(Verdict.ANSWER, Set.of())).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void theAskerReadsWhichNamesTheDocsDoNotUse() {
        assertThat(YesOrNoBeyondDocs.note(new LinkedHashSet<>(List.of("BAA", "HIPAA"))))
                .contains("The documentation does not mention BAA, HIPAA.");
        assertThat(YesOrNoBeyondDocs.note(Set.of())).isEmpty();
    }
}
