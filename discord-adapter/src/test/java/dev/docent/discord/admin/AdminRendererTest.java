package dev.docent.discord.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.discord.render.DiscordLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdminRendererTest {

    private final AdminRenderer renderer = new AdminRenderer();

    @Test
    void progressShowsABarCountsRateAndTimeLeftUnderWhatIsDone() {
        ReindexProgress progress = new ReindexProgress("docs", 11, 44, 90, 0, Duration.ofSeconds(2),
                Optional.of(Duration.ofSeconds(6)));

        String shown = renderer.progress(List.of("\u2705 **faq**: done"), progress, 2, 2).getContent();

        assertThat(shown).isEqualTo("""
                \u2705 **faq**: done
                Reindexing **docs** (2 of 2)
                `\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591` \
                25% \u00B7 11 of 44 documents \u00B7 90 chunks \u00B7 5.5 documents/s \u00B7 about 6.0 s left""");
    }

    @Test
    void theSummarySaysWhatChangedAndNamesTheFirstFailuresWithoutPinging() {
        List<ReindexSummary.Failure> failures = IntStream.range(0, 8)
                .mapToObj(i -> new ReindexSummary.Failure("@everyone-" + i + ".md", "not UTF-8")).toList();
        ReindexSummary summary = new ReindexSummary("docs", "directory docs", ReindexMode.INCREMENTAL, 40, 2, 1, 0, failures,
                List.of(), 120, Duration.ofSeconds(75), Map.of());

        String line = renderer.summaryLine(summary);

        assertThat(line).startsWith("\u26A0\uFE0F **docs**: 40 added, 2 changed, 1 removed, 0 unchanged, 8 failed \u00B7 took 1 min 15 s")
                .contains("`@\u200Beveryone-0.md`: not UTF-8").doesNotContain("@everyone")
                .endsWith("\u2026and 3 more");
        assertThat(renderer.summary(List.of(line)).getContent()).startsWith("Reindex finished.\n");
    }

    @Test
    void theSummaryNamesTheDocumentationInFormatsDocentDoesNotRead() {
        ReindexSummary summary = new ReindexSummary("docs", "directory docs", ReindexMode.INCREMENTAL, 40, 0, 0, 2, List.of(),
                List.of(), 120, Duration.ofSeconds(3), Map.of(".rtf", 300));

        assertThat(renderer.summaryLine(summary)).endsWith("\n  Not read: 300 .rtf files, in formats Docent does not read.");
    }

    @Test
    void aVeryLongSummaryStillFitsOneMessage() {
        List<String> done = IntStream.range(0, 100).mapToObj(i -> "\u2705 **kb-" + i + "**: " + "x".repeat(80)).toList();

        assertThat(renderer.summary(done).getContent().length()).isLessThanOrEqualTo(DiscordLimits.CONTENT);
    }

    @Test
    void statusListsEachKnowledgeBaseItsLastReindexAndWhetherAnOlderDocentWroteIt() {
        Instant started = Instant.parse("2025-03-03T09:00:00Z");
        ReindexRun lastRun = new ReindexRun(ReindexMode.REBUILD, "directory docs", started,
                Optional.of(started.plusMillis(6_700)), ReindexRun.Outcome.SUCCEEDED, Optional.empty(), 44, 0, 0, 0, 0, 368,
                List.of());
        String shown = renderer.status(List.of(
                new KnowledgeBaseStatus("docs", false, true, 44, 368, false, Optional.of(lastRun), Optional.empty()),
                new KnowledgeBaseStatus("blog", false, true, 3, 12, true, Optional.empty(), Optional.empty())), List.of("docs")).getContent();

        assertThat(shown).isEqualTo("""
                Knowledge bases this channel is answered from:
                **docs** \u00B7 368 passages \u00B7 public \u00B7 reindexable with `/docent reindex`
                  last reindex: 44 added, 0 changed, 0 removed, 0 failed, took 6.7 s
                **blog** \u00B7 12 passages \u00B7 public \u00B7 indexed from the command line
                  written by an older Docent: it answers, and its next reindex rebuilds it with what retrieval has learned since""");
    }
}
