package dev.docent.app.admin;

import dev.docent.app.SampleFixture;
import dev.docent.app.server.DocentService;
import dev.docent.app.server.ElasticsearchProbe;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docent serve's HTTP server with the admin page on, against a real Elasticsearch, and a browser's
 * worth of HTTP for the tests: one cookie, no redirects followed.
 */
final class AdminSite implements AutoCloseable {

    static final String TOKEN = "test-admin-token-0123456789abcdef";
    /** The knowledge base the site treats as internal (runbooks). */
    static final String INTERNAL = "runbooks";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final DocentService service;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    AdminSite(ElasticsearchConnection elasticsearch, Set<String> knowledgeBases) {
        this(elasticsearch, knowledgeBases, new ElasticsearchTeamAnswers(elasticsearch,
                new KnowledgeBaseCatalog(elasticsearch, Clock.systemUTC()), SampleFixture.model()));
    }

    AdminSite(ElasticsearchConnection elasticsearch, Set<String> knowledgeBases, TeamAnswers teamAnswers) {
        KnowledgeBaseStatuses statuses = new KnowledgeBaseStatuses(elasticsearch, Clock.systemUTC(), INTERNAL::equals);
        AdminRoutes admin = AdminRoutes.create(AdminToken.fromEnvironment(Map.of(AdminToken.VARIABLE, TOKEN)).orElseThrow(),
                elasticsearch, () -> knowledgeBases, () -> knowledgeBases.stream().sorted().map(statuses::status).toList(),
                teamAnswers, Clock.systemUTC());
        this.service = DocentService.start("127.0.0.1", 0, ElasticsearchProbe.of(elasticsearch), (desk, metrics) -> List.of(),
                metrics -> null, admin::register);
    }

    int port() {
        return service.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    /** Opens the sign-in form and signs in; the session cookie is kept for later requests. */
    HttpResponse<String> signIn(String token, String name) throws Exception {
        HttpResponse<String> form = get("/admin/sign-in");
        return post("/admin/sign-in", Map.of("csrf", csrf(form.body()), "token", token, "name", name));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String cookie() {
        return cookie;
    }

    void forgetCookie() {
        cookie = null;
    }

    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", AdminGuard.COOKIE + "=" + cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(AdminGuard.COOKIE + "=")).findFirst()
                .ifPresent(c -> cookie = c.substring(AdminGuard.COOKIE.length() + 1, c.indexOf(';')));
        return response;
    }

    @Override
    public void close() {
        service.close();
    }
}
