package dev.docent.lab.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void theLongestPlainWordGetsOneTypoTheSameOnEveryRun() {
        String question = "How do I rotate the webhook signing secret without downtime?";

        String misspelt = Typos.oneIn(question, "q093");

        assertThat(misspelt).isEqualTo(Typos.oneIn(question, "q093")).isNotEqualTo(question);
        String[] before = question.split(" ");
        String[] after = misspelt.split(" ");
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                changed++;
                assertThat(before[i]).isEqualTo("downtime?");
                assertThat(after[i].charAt(0)).isEqualTo('d');
                assertThat(Math.abs(after[i].length() - before[i].length())).isLessThanOrEqualTo(1);
            }
        }
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void namesPathsAndShortQuestionsStayAsTheyAre() {
        assertThat(Typos.oneIn("what does no-unused-vars do", "a")).isEqualTo("what does no-unused-vars do");
        assertThat(Typos.oneIn("open config/settings.json", "b")).isEqualTo("open config/settings.json");
        assertThat(Typos.oneIn("is SSO free?", "c")).isEqualTo("is SSO free?");
    }
}
