package dev.docent.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    @Test
    void emptyOrBlankQuestionIsRefusedWithAClearMessage() {
        for (String empty : new String[] {null, "", "   \n\t "}) {
            assertThatThrownBy(() -> QuestionText.of(empty))
                    .isInstanceOf(InvalidQuestionException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void ordinaryQuestionIsTrimmedAndCarriesNoNote() {
        QuestionText text = QuestionText.of("  How do I reset my password?  ");
        assertThat(text.value()).isEqualTo("How do I reset my password?");
        assertThat(text.note()).isEmpty();
    }

    @Test
    void hugeQuestionIsCutAtAWordBoundaryWithANote() {
        String huge = "webhook ".repeat(50 * 1024 / 8);
        QuestionText text = QuestionText.of(huge);
        assertThat(text.value().length()).isLessThanOrEqualTo(QuestionText.MAX_CHARS);
        assertThat(text.value()).endsWith("webhook");
        assertThat(text.note()).hasValueSatisfying(note -> assertThat(note).contains("51,199").contains("first"));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(QuestionText.MAX_CHARS - 1) + emoji + "b".repeat(100);
        String cut = QuestionText.of(text).value();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
