package dev.docent.indexer.source.web;

import dev.docent.core.error.UserInputException;
import dev.docent.indexer.source.DocumentFormat;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A documentation website: the pages of its sitemap when the URL is one ({@code .../sitemap.xml}),
 * otherwise the pages reached by following links from the start page, breadth first. Only pages on
 * the start URL's host are fetched, never a path robots.txt disallows, within the page and depth
 * limits, with a few requests in flight and a pause between them. A page that answers with an
 * error becomes a document that fails with that status, so the run reports it.
 */
public final class WebsiteSource implements DocumentSource {

    public static final String USER_AGENT = "DocentBot/0.1 (documentation indexer)";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(?i).*\\.(png|jpe?g|gif|svg|webp|ico|css|js|mjs|json|zip|gz|tgz|tar|mp4|mp3|woff2?|ttf|eot|xml)$");

    private final URI start;
    private final CrawlLimits limits;
    private final HttpClient http;

    public WebsiteSource(URI start, CrawlLimits limits) {
        if (start.getScheme() == null || !start.getScheme().matches("https?") || start.getHost() == null) {
            throw new UserInputException("A website source needs an http(s) URL, was: " + start);
        }
        this.start = withoutFragment(start);
        this.limits = limits;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public String describe() {
        return start.toString();
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        RobotsTxt robots = robots();
        Duration delay = robots.crawlDelay().filter(d -> d.compareTo(limits.delay()) > 0).orElse(limits.delay());
        ExecutorService pool = Executors.newFixedThreadPool(limits.concurrency(),
                Thread.ofPlatform().daemon().name("crawl-", 0).factory());
        try {
            Crawl crawl = new Crawl(robots, delay, pool);
            return isSitemap(start) ? crawl.sitemap() : crawl.links();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while crawling " + start, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private RobotsTxt robots() throws IOException {
        try {
            HttpResponse<String> response = http.send(request(start.resolve("/robots.txt")),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? RobotsTxt.parse(response.body(), USER_AGENT) : RobotsTxt.allowAll();
        } catch (IOException e) {
            throw new IOException("Cannot reach " + start.getScheme() + "://" + start.getAuthority() + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading robots.txt of " + start, e);
        }
    }

    private static boolean isSitemap(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".xml");
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT).GET().build();
    }

    /** One crawl's state: what was seen, what was fetched. */
    private final class Crawl {
        private final RobotsTxt robots;
        private final Duration delay;
        private final ExecutorService pool;
        private final Set<String> seen = new TreeSet<>();
        private final List<Page> pages = new ArrayList<>();

        Crawl(RobotsTxt robots, Duration delay, ExecutorService pool) {
            this.robots = robots;
            this.delay = delay;
            this.pool = pool;
        }

        List<SourceDocument> sitemap() throws IOException, InterruptedException {
            Set<URI> urls = new LinkedHashSet<>();
            List<URI> sitemaps = new ArrayList<>(List.of(start));
            for (int i = 0; i < sitemaps.size() && i < 50; i++) {
                Page page = fetch(sitemaps.get(i));
                if (page.failure != null) {
                    throw new IOException("Cannot read the sitemap " + sitemaps.get(i) + ": " + page.failure);
                }
                var sitemap = SitemapReader.read(new String(page.body, StandardCharsets.UTF_8), page.uri.toString());
                sitemap.childSitemaps().forEach(s -> parse(s).filter(WebsiteSource.this::onSite).ifPresent(sitemaps::add));
                sitemap.pages().forEach(p -> parse(p).filter(WebsiteSource.this::onSite).filter(this::allowed).ifPresent(urls::add));
            }
            fetchAll(urls.stream().limit(limits.maxPages()).toList());
            return documents();
        }

        List<SourceDocument> links() throws IOException, InterruptedException {
            if (!allowed(start)) {
                throw new IOException("robots.txt of " + start.getAuthority() + " does not allow crawling " + start);
            }
            List<URI> level = List.of(start);
            seen.add(start.toString());
            for (int depth = 0; !level.isEmpty() && pages.size() < limits.maxPages(); depth++) {
                List<Page> fetched = fetchAll(level.stream().limit(limits.maxPages() - pages.size()).toList());
                if (depth == 0 && fetched.getFirst().failure != null) {
                    throw new IOException("Cannot read " + start + ": " + fetched.getFirst().failure);
                }
                if (depth == limits.maxDepth()) {
                    break;
                }
                Set<URI> next = new LinkedHashSet<>();
                for (Page page : fetched) {
                    for (URI link : page.links()) {
                        if (onSite(link) && allowed(link) && !NOT_A_PAGE.matcher(link.getPath()).matches()
                                && seen.add(link.toString())) {
                            next.add(link);
                        }
                    }
                }
                level = List.copyOf(next);
            }
            return documents();
        }

        private boolean allowed(URI uri) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return robots.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }

        private List<Page> fetchAll(List<URI> urls) throws InterruptedException {
            List<Future<Page>> futures = new ArrayList<>();
            for (URI url : urls) {
                futures.add(pool.submit(() -> fetchPolitely(url)));
            }
            List<Page> fetched = new ArrayList<>();
            for (Future<Page> future : futures) {
                try {
                    fetched.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Crawling failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            pages.addAll(fetched);
            return fetched;
        }

        private Page fetchPolitely(URI url) throws InterruptedException {
            Page page = fetch(url);
            Thread.sleep(delay);
            return page;
        }

        private Page fetch(URI url) throws InterruptedException {
            try {
                HttpResponse<byte[]> response = http.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
                URI landed = withoutFragment(response.uri());
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.statusCode() != 200) {
                    return new Page(url, null, null, "HTTP " + response.statusCode());
                }
                if (!onSite(landed)) {
                    return new Page(url, null, null, "redirected off the site to " + landed);
                }
                return new Page(landed, type, response.body(), null);
            } catch (IOException e) {
                return new Page(url, null, null, describe(e));
            }
        }

        private List<SourceDocument> documents() {
            List<SourceDocument> documents = new ArrayList<>();
            Set<String> ids = new TreeSet<>();
            for (Page page : pages) {
                Optional<DocumentFormat> format = page.failure != null
                        ? Optional.of(DocumentFormat.ofFileName(page.uri.getPath()).orElse(DocumentFormat.HTML))
                        : DocumentFormat.ofMediaType(page.contentType).or(() -> DocumentFormat.ofFileName(page.uri.getPath()));
                if (format.isEmpty() || !ids.add(idOf(page.uri))) {
                    continue;
                }
                byte[] body = page.body;
                String failure = page.failure;
                documents.add(new SourceDocument(idOf(page.uri), page.uri.toString(), format.get(), () -> {
                    if (failure != null) {
                        throw new IOException(failure);
                    }
                    return body;
                }));
            }
            documents.sort(Comparator.comparing(SourceDocument::id));
            return documents;
        }
    }

    private record Page(URI uri, String contentType, byte[] body, String failure) {

        List<URI> links() {
            if (body == null || DocumentFormat.ofMediaType(contentType).orElse(null) != DocumentFormat.HTML) {
                return List.of();
            }
            return Jsoup.parse(new String(body, StandardCharsets.UTF_8), uri.toString()).select("a[href]").stream()
                    .map(a -> a.absUrl("href"))
                    .flatMap(href -> parse(href).stream())
                    .toList();
        }
    }

    private boolean onSite(URI uri) {
        return uri.getScheme() != null && uri.getScheme().matches("https?")
                && start.getHost().equalsIgnoreCase(uri.getHost()) && start.getPort() == uri.getPort();
    }

    private static Optional<URI> parse(String href) {
        try {
            return href.isBlank() ? Optional.empty() : Optional.of(withoutFragment(new URI(href.strip())));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** A page's id: its path and query on the site, e.g. {@code docs/webhooks}; the home page is {@code index}. */
    private static String idOf(URI uri) {
        String path = uri.getPath().replaceAll("^/+", "");
        String id = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return id.isEmpty() ? "index" : id;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
