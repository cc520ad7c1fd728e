package dev.docent.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.SampleFixture;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.insights.GapQuery;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How {@link GapQuery#SIMILARITY} was chosen, and a check that it still suits: a month of questions
 * about topics other than {@link DocsGapsTest}'s, grouped at similarities from 0.05 to 0.40; the
 * shipped one must score within 0.02 of the best F. Slow (a second seeded month), so it runs only on
 * request: {@code ./mvnw -pl bot-app -am -Ddocent.calibrate=true -Dtest=GapSimilarityCalibrationTest
 * -Dsurefire.failIfNoSpecifiedTests=false verify}. It prints the sweep.
 */
@EmbeddedElasticsearchTest
@EnabledIfSystemProperty(named = "docent.calibrate", matches = "true")
class GapSimilarityCalibrationTest {

    static final List<SeededHistory.Topic> CALIBRATION = List.of(
            new SeededHistory.Topic("chrome-extension", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "Is there a Chrome extension for Formwell?", "Can I add Formwell to my browser as an extension?",
                    "Do you have a Firefox or Chrome add-on?", "Is there a browser plugin to create forms quickly?",
                    "Where do I find the Formwell extension in the Chrome Web Store?", "Any browser extension for filling forms faster?",
                    "Can I install a Formwell toolbar button in Chrome?", "Does Formwell offer a Chrome plugin for capturing leads?",
                    "Is there an Edge extension?", "How do I get the Formwell browser extension?")),
            new SeededHistory.Topic("affiliate", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "does formwell have an affiliate or referral program where I earn commission",
                    "Can I earn money by referring customers to Formwell?", "Is there a partner program for agencies that resell Formwell?",
                    "How do I join the Formwell affiliate program?", "Do you pay referral bonuses?",
                    "What commission do affiliates get?", "Is there a reseller discount for agencies?",
                    "Can I get a referral link to share?", "Do you offer credits for inviting other companies?",
                    "How does the Formwell partner program work?")),
            new SeededHistory.Topic("dark-mode", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "is there a dark mode for the form builder", "Can I switch the editor to a dark theme?",
                    "Does Formwell support dark mode?", "My eyes hurt, any night mode in the dashboard?",
                    "How do I enable dark theme in Formwell?", "Is a dark color scheme available for the app?",
                    "Can the builder follow my system's dark mode setting?", "Any plans to add dark mode?",
                    "Where is the dark mode toggle?", "Does the Formwell dashboard have a dark theme option?")),
            new SeededHistory.Topic("ai-generation", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "Can Formwell's AI generate a whole form from a text prompt?", "Is there an AI assistant that writes survey questions for me?",
                    "Can I describe a form in plain English and have it built automatically?", "Does Formwell use GPT to create forms?",
                    "Is there an AI form generator?", "Can AI suggest questions for my feedback survey?",
                    "How do I use the AI to build a form?", "Does Formwell have ChatGPT integration for writing forms?",
                    "Can artificial intelligence create my registration form?", "Any AI features for generating questionnaires?")),
            new SeededHistory.Topic("bug-bounty", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "Do you run a bug bounty program and how much do you pay per finding?", "Where do I report a security vulnerability for a reward?",
                    "Does Formwell have a HackerOne program?", "Is there a responsible disclosure policy with bounties?",
                    "How much does Formwell pay for security bugs?", "Can I get paid for finding a vulnerability in Formwell?",
                    "Who do I contact to disclose a security issue?", "Is there a vulnerability rewards program?",
                    "Do you reward researchers who find XSS bugs?", "What's your bug bounty scope?")),
            new SeededHistory.Topic("offline-mode", SeededHistory.Kind.NOT_IN_DOCS, List.of(
                    "Can respondents fill in forms without an internet connection?", "Does Formwell work offline?",
                    "Is there an offline mode for collecting responses at a trade show?", "Can forms sync later when the connection is back?",
                    "How do I collect submissions offline?", "We have no wifi at our venue, can we still use Formwell forms?",
                    "Do forms cache answers if the network drops?", "Is offline data collection supported?",
                    "Can I use Formwell in the field with no signal?", "Will my form work offline on a kiosk?")),
            new SeededHistory.Topic("csv-export", SeededHistory.Kind.DISLIKED, List.of(
                    "Why does my CSV export show garbled characters?", "Excel breaks the accents in my exported responses",
                    "How do I export responses to CSV?", "The CSV export splits answers into the wrong columns",
                    "My export is missing some responses", "Why are dates wrong in the CSV file?",
                    "How do I open the export in Excel correctly?", "CSV download is empty, what's wrong?",
                    "Can I export file uploads with the CSV?", "Export cuts off long answers")),
            new SeededHistory.Topic("invoices", SeededHistory.Kind.ANSWERED, List.of(
                    "Where can I download my invoices?", "How do I change the card we pay with?", "Can I add our VAT number to invoices?")),
            new SeededHistory.Topic("stray", SeededHistory.Kind.STRAY, List.of(
                    "What's a good name for a cat?", "How many moons does Jupiter have?", "Tell me a joke about penguins",
                    "what time is it in Tokyo", "Who painted the Mona Lisa?", "best pizza place near me", "How do I boil an egg?")));

    ElasticsearchEndpoint elasticsearch;

    @Test
    void shippedSimilarityIsAmongTheBestOnTopicsTheTestsDoNotUse() {
        Instant end = Instant.now();
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            SeededHistory.Seeded seeded = SeededHistory.seed(runtime, CALIBRATION, 30, 7, end);
            Scope scope = new Scope(new Period(end.minus(Duration.ofDays(30)), end.plusSeconds(1)), Optional.of(seeded.tenant()),
                    Optional.empty(), Optional.empty());
            TreeMap<Double, GroupingQuality> sweep = new TreeMap<>();
            for (int step = 1; step <= 8; step++) {
                double similarity = step * 0.05;
                GroupingQuality quality = GroupingQuality.of(new GapQuery(runtime.elasticsearch(), similarity).report(scope), seeded.topicOf());
                sweep.put(similarity, quality);
                System.out.printf("similarity %.2f: purity %.3f, inverse purity %.3f, F %.3f (%d questions)%n",
                        similarity, quality.purity(), quality.inversePurity(), quality.f(), quality.questions());
            }
            double best = sweep.values().stream().mapToDouble(GroupingQuality::f).max().orElseThrow();
            GroupingQuality shipped = GroupingQuality.of(new GapQuery(runtime.elasticsearch()).report(scope), seeded.topicOf());
            assertThat(shipped.f()).isGreaterThanOrEqualTo(best - 0.02);
        }
    }
}
