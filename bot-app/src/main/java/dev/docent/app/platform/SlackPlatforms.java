package dev.docent.app.platform;

import dev.docent.app.server.DocentService;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.error.UserInputException;
import dev.docent.core.install.ElasticsearchInstallStates;
import dev.docent.core.install.ElasticsearchInstallations;
import dev.docent.slack.SlackPlatform;
import dev.docent.slack.SlackSettings;
import dev.docent.slack.http.SlackHttpEndpoint;
import dev.docent.slack.http.SlackHttpRequest;
import dev.docent.slack.http.SlackHttpResponse;
import dev.docent.slack.install.InstallStores;
import dev.docent.slack.install.SlackInstallEndpoint;
import dev.docent.slack.install.SlackInstallStates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Slack, when the environment configures it (SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or
 * SLACK_APP_TOKEN; or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for an app many workspaces install):
 * the platform, and in HTTP mode its {@code POST /slack/events} route on Docent's HTTP server -
 * with the install routes {@code GET /slack/install} and {@code GET /slack/oauth_redirect} when
 * workspaces install it.
 */
public final class SlackPlatforms {

    private SlackPlatforms() {
    }

    /** None, or the one Slack platform the environment describes; installations are kept in {@code elasticsearch}. */
    public static List<DocentService.Platform> fromEnvironment(Map<String, String> env, SupportDesk desk, MeterRegistry metrics,
                                                               ElasticsearchConnection elasticsearch) {
        return settings(env).map(settings -> platform(settings, desk, metrics, elasticsearch)).stream().toList();
    }

    /** Slack's settings from the environment; a wrong value there is the user's to fix. */
    private static Optional<SlackSettings> settings(Map<String, String> env) {
        try {
            return SlackSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** Slack in the team's own workspace, with its bot token. */
    public static DocentService.Platform platform(SlackSettings settings, SupportDesk desk, MeterRegistry metrics) {
        return platform(SlackPlatform.create(settings, desk, metrics, Optional.empty()));
    }

    /** Slack as the settings say: in one workspace, or installed by many, with their installations in Elasticsearch. */
    public static DocentService.Platform platform(SlackSettings settings, SupportDesk desk, MeterRegistry metrics,
                                                  ElasticsearchConnection elasticsearch) {
        return platform(SlackPlatform.create(settings, desk, metrics, settings.oauth().map(oauth -> {
            ElasticsearchInstallations.createIndex(elasticsearch);
            ElasticsearchInstallStates.createIndex(elasticsearch);
            return new InstallStores(new ElasticsearchInstallations(elasticsearch, oauth.tokenCipher()),
                    new ElasticsearchInstallStates(elasticsearch, Clock.systemUTC(), SlackInstallStates.LIFETIME));
        })));
    }

    private static DocentService.Platform platform(SlackPlatform slack) {
        Optional<Consumer<RoutesConfig>> events = slack.httpEndpoint()
                .map(endpoint -> r -> r.post(SlackHttpEndpoint.PATH, ctx -> serve(endpoint::handle, ctx)));
        Optional<Consumer<RoutesConfig>> installs = slack.installEndpoint()
                .map(endpoint -> r -> {
                    r.get(SlackInstallEndpoint.INSTALL_PATH, ctx -> serve(endpoint::handle, ctx));
                    r.get(SlackInstallEndpoint.REDIRECT_PATH, ctx -> serve(endpoint::handle, ctx));
                });
        return new DocentService.Platform(slack, routes -> {
            events.ifPresent(r -> r.accept(routes));
            installs.ifPresent(r -> r.accept(routes));
        });
    }

    private static void serve(Function<SlackHttpRequest, SlackHttpResponse> endpoint, Context ctx) {
        Map<String, List<String>> headers = ctx.headerMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a));
        SlackHttpResponse response = endpoint.apply(
                new SlackHttpRequest(ctx.path(), ctx.queryParamMap(), headers, ctx.body(), ctx.ip()));
        response.headers().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }
}
