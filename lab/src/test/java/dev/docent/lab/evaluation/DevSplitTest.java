package dev.docent.lab.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevSplitTest {

    @Test
    void answerableAndUnanswerableQuestionsAreDealtEvenlyIntoTheTwoHalves() {
        List<QaQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            questions.add(new QaQuestion("q" + i, "question " + i, List.of("page.md")));
        }
        for (int i = 0; i < 6; i++) {
            questions.add(new QaQuestion("u" + i, "other " + i, List.of()));
        }

        Map<QaQuestion, DevSplit> split = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);

        assertThat(questions.stream().filter(q -> q.answerable() && split.get(q) == DevSplit.TUNE).count()).isEqualTo(11);
        assertThat(questions.stream().filter(q -> !q.answerable() && split.get(q) == DevSplit.REPORT).count()).isEqualTo(3);
    }

    @Test
    void aQuestionsHalfDependsOnItsIdNotOnTheOrderOrWhatElseIsInTheSet() {
        List<QaQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(new QaQuestion("q" + i, "question " + i, List.of("page.md")));
        }
        Map<QaQuestion, DevSplit> once = DevSplit.of(questions, QaQuestion::id, QaQuestion::answerable);
        List<QaQuestion> reversed = new ArrayList<>(questions);
        java.util.Collections.reverse(reversed);

        assertThat(DevSplit.of(reversed, QaQuestion::id, QaQuestion::answerable)).isEqualTo(once);
    }

    @Test
    void labelledPathsAreResolvedToThePagesOfTheIndexedFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path corpus)
            throws Exception {
        java.nio.file.Path folder = corpus.resolve("docs/src");
        java.nio.file.Files.createDirectories(folder.resolve("use"));
        java.nio.file.Files.writeString(folder.resolve("use/ignore.md"), "# Ignore");
        java.nio.file.Files.writeString(folder.resolve("index.md"), "# Home");
        QaQuestion q = new QaQuestion("q", "?", List.of("docs/src/use/ignore.md", "docs/src/missing/index.md"));

        QaQuestion resolved = QaSets.resolvedAgainst(List.of(q), folder).getFirst();

        assertThat(resolved.relevant()).containsExactly("use/ignore.md", "missing/index.md");
        assertThat(resolved.isRelevant("use/ignore.md")).isTrue();
        assertThat(resolved.isRelevant("index.md")).as("a missing page matches no page of the same file name").isFalse();
    }
}
