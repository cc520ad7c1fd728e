package dev.docent.indexer.source.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.docent.indexer.source.DocumentFormat;
import dev.docent.indexer.source.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebsiteSourceTest {

    private HttpServer server;
    private String base;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private final Map<String, String> pages = Map.of(
            "/robots.txt", "User-agent: *\nDisallow: /private\n",
            "/docs/", page("Docs home", "<a href='/docs/webhooks'>Webhooks</a> <a href='billing'>Billing</a> "
                    + "<a href='/private/keys'>Keys</a> <a href='https://elsewhere.example/docs'>Elsewhere</a> "
                    + "<a href='/docs/missing'>Missing</a> <a href='/logo.png'>Logo</a>"),
            "/docs/webhooks", page("Webhooks", "<a href='/docs/webhooks/retries#schedule'>Retries</a>"),
            "/docs/billing", page("Billing", "Invoices monthly."),
            "/docs/webhooks/retries", page("Retries", "<a href='/docs/deep'>Deep</a>"),
            "/docs/deep", page("Deep", "Too deep to reach with depth 2."),
            "/private/keys", page("Keys", "Never fetched."),
            "/sitemap.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <url><loc>BASE/docs/billing</loc></url>
                      <url><loc>BASE/private/keys</loc></url>
                      <url><loc>https://elsewhere.example/page</loc></url>
                      <url><loc>BASE/docs/deep</loc></url>
                    </urlset>
                    """);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void crawlStaysOnTheSiteRespectsRobotsAndDepthAndReportsBrokenLinks() throws Exception {
        List<SourceDocument> documents = new WebsiteSource(URI.create(base + "/docs/"),
                new CrawlLimits(50, 2, 2, Duration.ZERO)).list();

        assertThat(documents).extracting(SourceDocument::id)
                .containsExactly("docs/", "docs/billing", "docs/missing", "docs/webhooks", "docs/webhooks/retries");
        assertThat(requested).doesNotContain("/private/keys", "/docs/deep", "/logo.png");
        assertThat(documents).extracting(SourceDocument::format).containsOnly(DocumentFormat.HTML);
        assertThat(documents.get(3).url()).isEqualTo(base + "/docs/webhooks");
        assertThat(new String(documents.get(3).content().read(), StandardCharsets.UTF_8)).contains("<h1>Webhooks</h1>");
        SourceDocument missing = documents.get(2);
        assertThatThrownBy(() -> missing.content().read()).hasMessage("HTTP 404");
        assertThat(maxInFlight.get()).as("polite: at most 2 requests at once").isBetween(1, 2);
    }

    @Test
    void pageLimitIsRespected() throws Exception {
        List<SourceDocument> documents = new WebsiteSource(URI.create(base + "/docs/"),
                new CrawlLimits(2, 5, 2, Duration.ZERO)).list();
        assertThat(documents).hasSize(2);
    }

    @Test
    void sitemapGivesThePagesToFetchOnThisHostOnly() throws Exception {
        List<SourceDocument> documents = new WebsiteSource(URI.create(base + "/sitemap.xml"),
                new CrawlLimits(50, 0, 2, Duration.ZERO)).list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("docs/billing", "docs/deep");
        assertThat(requested).doesNotContain("/private/keys", "/docs/");
    }

    @Test
    void unreachableSiteIsAClearError() {
        server.stop(0);
        assertThatThrownBy(() -> new WebsiteSource(URI.create(base + "/docs/"), CrawlLimits.defaults()).list())
                .isInstanceOf(IOException.class).hasMessageStartingWith("Cannot reach " + base);
    }

    private void serve(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            String body = pages.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.replace("BASE", base).getBytes(StandardCharsets.UTF_8);
            String type = path.endsWith(".txt") ? "text/plain" : path.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><nav>menu</nav><main><h1>" + title + "</h1><p>"
                + body + "</p></main></body></html>";
    }
}
