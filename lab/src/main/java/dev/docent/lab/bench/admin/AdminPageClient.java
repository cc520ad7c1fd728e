package dev.docent.lab.bench.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's part in the benchmark: signs in once, then fetches pages with the session cookie. */
final class AdminPageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String COOKIE = "docent_admin=";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String cookie;

    AdminPageClient(int port) {
        this.port = port;
    }

    void signIn(String token) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/admin/sign-in");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in form has no CSRF field");
        }
        String body = "csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&name=bench";
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/admin/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed: HTTP " + signedIn.statusCode());
        }
    }

    /** A page, which must come back 200. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE)).findFirst()
                .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
