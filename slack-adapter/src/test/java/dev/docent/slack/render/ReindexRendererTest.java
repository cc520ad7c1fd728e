package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReindexRendererTest {

    @Test
    void aSummaryNamesTheDocumentationInFormatsDocentDoesNotRead() {
        ReindexSummary summary = new ReindexSummary("docs", "directory docs", ReindexMode.INCREMENTAL, 40, 0, 0, 2, List.of(), List.of(),
                120, Duration.ofSeconds(3), Map.of(".doc", 12, ".rtf", 300));

        String shown = new ReindexRenderer().summary(summary).text();

        assertThat(shown).startsWith(":white_check_mark: Reindexed *docs*")
                .endsWith("\nNot read: 300 .rtf files, 12 .doc files, in formats Docent does not read.");
    }

    @Test
    void statusSaysWhichKnowledgeBasesAnOlderDocentWrote() {
        String shown = new ReindexRenderer().status(List.of(
                new KnowledgeBaseStatus("docs", false, true, 44, 368, false, Optional.empty(), Optional.empty()),
                new KnowledgeBaseStatus("runbooks", true, true, 3, 12, true, Optional.empty(), Optional.empty())),
                List.of("docs", "runbooks")).text();

        assertThat(shown).isEqualTo("""
                *Knowledge bases*
                • *docs* (public): 368 passages; not reindexed since Docent started
                • *runbooks* (internal): 12 passages; not reindexed since Docent started; written by an older Docent: \
                it answers, and its next reindex rebuilds it with what retrieval has learned since""");
    }
}
