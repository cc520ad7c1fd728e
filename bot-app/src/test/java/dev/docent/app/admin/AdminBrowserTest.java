package dev.docent.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docent.app.SampleFixture;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page as a support lead meets it, in headless Chromium (Debian's chromium and
 * chromium-driver): sign in, read the overview and its charts, open the gap report, correct and
 * publish a team answer. Skipped, saying
 * why, only where those two programs are not installed.
 */
@EmbeddedElasticsearchTest
class AdminBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE = "<script>document.title='pwned'</script><b>bold?</b> is there a mobile app";

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path profile;

    private ElasticsearchConnection connection;
    private AdminSite site;
    private TeamAnswers teamAnswers;
    private WebDriver browser;
    private final String tenant = "T_BROWSER_" + UUID.randomUUID();

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is missing: install Debian's chromium and chromium-driver (.ci/run does) to run the browser tests");
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
        teamAnswers = new ElasticsearchTeamAnswers(connection, new KnowledgeBaseCatalog(connection, Clock.systemUTC()),
                SampleFixture.model());
        site = new AdminSite(connection, Set.of(), teamAnswers);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
            connection.close();
        }
    }

    @Test
    void aSupportLeadSignsInReadsTheOverviewOpensTheGapReportAndPublishesATeamAnswer() {
        QueryEmbedder embedder = QueryEmbedder.forBge(SampleFixture.model());
        for (String asked : List.of(HOSTILE, "Is there an iPhone app?", "Do you have an Android app?",
                "Can we self-host Formwell on our own servers?")) {
            refused(asked, embedder.embed(asked));
        }
        connection.call(c -> c.indices().refresh(r -> r.index("docent-*")));

        browser.get(site.uri("/admin?tenant=" + tenant).toString());
        assertThat(browser.getCurrentUrl()).endsWith("/admin/sign-in");
        browser.findElement(By.name("token")).sendKeys(AdminSite.TOKEN);
        browser.findElement(By.name("name")).sendKeys("Dana");
        browser.findElement(By.cssSelector("form.signin button")).click();

        waitFor(By.id("questions-per-day"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).isEqualTo("Dana");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("tenant"))).selectByVisibleText(tenant);
        followAndWaitForTheNextPage(browser.findElement(By.cssSelector("form.filters button")));
        WebElement chart = waitFor(By.id("questions-per-day"));
        assertThat(chart.findElements(By.cssSelector("rect"))).as("a bar for the day the questions were asked").isNotEmpty();
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.findElement(By.id("figures")).getText()).contains("Questions").contains("4");

        followAndWaitForTheNextPage(browser.findElement(By.linkText("Docs gaps")));
        List<WebElement> groups = waitFor(By.id("gap-groups")).findElements(By.cssSelector("section.group"));
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
        assertThat(groups.getFirst().findElement(By.tagName("h3")).getText()).startsWith("1. ");
        assertThat(browser.findElements(By.cssSelector("ul.examples li"))).extracting(WebElement::getText).contains(HOSTILE);
        assertThat(browser.getTitle()).as("the question's script never ran").isEqualTo("Docs gaps - Docent admin");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.linkText("Markdown")).getAttribute("href")).contains("/admin/gaps.md").contains(tenant);

        String id = "case-" + UUID.randomUUID();
        teamAnswers.save(new TeamAnswer(id, tenant, "Is there an iPhone app?", "Not yet.", "U_ONCALL", Instant.now(), null,
                false, false));
        followAndWaitForTheNextPage(browser.findElement(By.linkText("Team answers")));
        WebElement answer = waitFor(By.cssSelector("#team-answers textarea"));
        answer.clear();
        answer.sendKeys("Not yet: use the mobile web version, which works on iPhones.");
        followAndWaitForTheNextPage(answer.findElement(By.xpath("following-sibling::button")));
        waitFor(By.cssSelector("#team-answers textarea"));
        assertThat(teamAnswers.find(id).orElseThrow().answer()).isEqualTo("Not yet: use the mobile web version, which works on iPhones.");
        followAndWaitForTheNextPage(browser.findElement(By.xpath("//button[text()='Publish']")));
        waitFor(By.cssSelector("#team-answers textarea"));
        assertThat(teamAnswers.find(id).orElseThrow().published()).isTrue();

        followAndWaitForTheNextPage(browser.findElement(By.linkText("Knowledge bases")));
        assertThat(waitFor(By.cssSelector("main p.notice")).getText()).startsWith("No knowledge bases yet");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Knowledge bases");
    }

    /**
     * A link or a form's button, then the next page fully loaded. The page after a form post carries
     * the same element ids as the one before it, so waiting for an id alone can find the old page's
     * element just before the browser throws it away. Waiting for the old root element to go stale
     * failed on CI too: while Chromium swaps documents, asking about the old node can fail with
     * "Node with given id does not belong to the document" instead of a stale-element error. So the
     * old document is marked, and the wait is for a complete document without the mark, asked
     * again whenever the browser cannot answer mid-swap.
     */
    private void followAndWaitForTheNextPage(WebElement linkOrButton) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.documentElement.dataset.leftBehind = 'yes'");
        linkOrButton.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(page -> Boolean.TRUE.equals(
                script.executeScript("return document.readyState === 'complete' && !document.documentElement.dataset.leftBehind")));
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private void refused(String text, float[] embedding) {
        new ElasticsearchAnswerLog(connection, Clock.systemUTC()).record("discord",
                new Question(text, "U1", new Place(tenant, "C_HELP", Visibility.PUBLIC), List.of()),
                new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                        Decision.offerHuman("Not in the docs.").withReply(Reply.NOT_IN_DOCS), List.of(), Map.of("totalMs", 80.0),
                        new AnswerTrace(Set.of("sample"), false, TokenSpend.NONE, embedding)));
    }
}
