package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReindexRendererTest {

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
