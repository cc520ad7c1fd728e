package dev.docent.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.SampleFixture;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapQuery;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.PageCount;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The docs-gap report on a seeded month of questions, answered by the real pipeline over the sample
 * docs and embedded by the real model: the groups it finds are the topics that were seeded.
 */
@EmbeddedElasticsearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsGapsTest {

    private static final List<String> SEEDED_GAPS = SeededHistory.TOPICS.stream()
            .filter(t -> t.kind() == SeededHistory.Kind.NOT_IN_DOCS || t.kind() == SeededHistory.Kind.DISLIKED)
            .map(SeededHistory.Topic::name).toList();

    private final Instant end = Instant.now();
    private DocentRuntime runtime;
    private SeededHistory.Seeded seeded;
    private GapReport report;

    @BeforeAll
    void seedAMonth(ElasticsearchEndpoint elasticsearch) {
        runtime = SampleFixture.runtimeWithSample(elasticsearch.uri());
        seeded = SeededHistory.seed(runtime, SeededHistory.TOPICS, 30, 11, end);
        report = new GapQuery(runtime.elasticsearch()).report(scope(seeded.tenant()));
    }

    @AfterAll
    void close() {
        runtime.close();
    }

    @Test
    void everySeededGapIsAGroupOfItsOwn() {
        GroupingQuality quality = GroupingQuality.of(report, seeded.topicOf());
        System.out.printf("Gap report on the seeded month: %d of %d questions unserved, %d groups; purity %.3f, "
                        + "inverse purity %.3f, F %.3f%n", report.questions(), seeded.asked(), report.groups().size(),
                quality.purity(), quality.inversePurity(), quality.f());

        List<GapGroup> large = report.groups().stream().filter(g -> g.size() >= 5).toList();
        assertThat(large.stream().map(g -> GroupingQuality.majority(g, seeded.topicOf())))
                .as("each seeded gap leads a group of its own").containsAll(SEEDED_GAPS);
        assertThat(quality.purity()).as("questions in a group about their own topic").isGreaterThanOrEqualTo(0.85);
        assertThat(quality.inversePurity()).as("questions in their topic's largest group").isGreaterThanOrEqualTo(0.75);
        assertThat(report.withoutEmbedding()).isZero();
    }

    @Test
    void largestGroupsComeFirstEachWithExamplesPagesAndWhenLastAsked() {
        assertThat(report.groups()).isSortedAccordingTo(Comparator.comparingInt(GapGroup::size).reversed());
        assertThat(report.groups()).allSatisfy(group -> {
            assertThat(group.examples()).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
            assertThat(group.lastAsked()).isBetween(end.minus(Duration.ofDays(28)), end);
            assertThat(group.refused() + group.escalated() + group.downVoted()).isGreaterThanOrEqualTo(group.size());
        });
        GapGroup typeform = groupLedBy("typeform-import");
        assertThat(typeform.examples()).allSatisfy(q -> assertThat(q).containsIgnoringCase("typeform"));
        assertThat(typeform.lastAsked()).isBeforeOrEqualTo(seeded.lastAskedByTopic().get("typeform-import"));
    }

    @Test
    void aCoveredTopicReadersVoteDownShowsThePageTheyWereGiven() {
        GapGroup webhooks = groupLedBy("webhook-retries");

        assertThat(webhooks.downVoted()).as("answered from the docs, then voted down").isGreaterThanOrEqualTo(webhooks.size() * 3L / 4);
        assertThat(webhooks.refused()).isLessThan(webhooks.size() / 4L);
        assertThat(webhooks.pages()).extracting(p -> p.page().documentId()).contains("api/webhook-signatures-and-retries.md");
        assertThat(webhooks.pages()).extracting(PageCount::questions).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void anotherTenantsQuestionsAreNotInTheReport() {
        GapReport elsewhere = new GapQuery(runtime.elasticsearch()).report(scope("T_NOBODY_ASKED_HERE"));

        assertThat(elsewhere.questions()).isZero();
        assertThat(elsewhere.groups()).isEmpty();
    }

    private GapGroup groupLedBy(String topic) {
        return report.groups().stream().filter(g -> GroupingQuality.majority(g, seeded.topicOf()).equals(topic))
                .max(Comparator.comparingInt(GapGroup::size)).orElseThrow();
    }

    private Scope scope(String tenant) {
        return new Scope(new Period(end.minus(Duration.ofDays(30)), end.plusSeconds(1)), Optional.of(tenant), Optional.empty(),
                Optional.empty());
    }
}
