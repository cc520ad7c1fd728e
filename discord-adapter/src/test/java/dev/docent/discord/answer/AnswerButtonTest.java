package dev.docent.discord.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerButtonTest {

    @Test
    void eachButtonsIdCarriesTheAnswerBack() {
        for (AnswerButton button : AnswerButton.values()) {
            String id = button.customId("2b13273b-fc58-456d-a50e-09d5e683bf5a");

            assertThat(id).hasSizeLessThanOrEqualTo(100);
            assertThat(AnswerButton.parse(id))
                    .contains(new AnswerButton.Click(button, "2b13273b-fc58-456d-a50e-09d5e683bf5a"));
        }
    }

    @Test
    void otherAppsButtonsAreNotOurs() {
        assertThat(AnswerButton.parse("poll:vote:1")).isEqualTo(Optional.empty());
        assertThat(AnswerButton.parse("docent:unknown:1")).isEmpty();
        assertThat(AnswerButton.parse("docent:helpful:")).isEmpty();
        assertThat(AnswerButton.parse(null)).isEmpty();
    }
}
