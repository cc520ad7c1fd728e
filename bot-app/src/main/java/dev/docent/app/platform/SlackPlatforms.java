package dev.docent.app.platform;

import dev.docent.app.server.DocentService;
import dev.docent.core.desk.SupportDesk;
import io.micrometer.core.instrument.MeterRegistry;
import dev.docent.core.error.UserInputException;
import dev.docent.slack.SlackPlatform;
import dev.docent.slack.SlackSettings;
import dev.docent.slack.http.SlackHttpEndpoint;
import dev.docent.slack.http.SlackHttpRequest;
import dev.docent.slack.http.SlackHttpResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Slack, when the environment configures it (SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or
 * SLACK_APP_TOKEN): the platform, and in HTTP mode its {@code POST /slack/events} route on
 * Docent's HTTP server.
 */
public final class SlackPlatforms {

    private SlackPlatforms() {
    }

    /** None, or the one Slack platform the environment describes. */
    public static List<DocentService.Platform> fromEnvironment(Map<String, String> env, SupportDesk desk, MeterRegistry metrics) {
        return settings(env).map(settings -> platform(settings, desk, metrics)).stream().toList();
    }

    /** Slack's settings from the environment; a wrong value there is the user's to fix. */
    private static Optional<SlackSettings> settings(Map<String, String> env) {
        try {
            return SlackSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    public static DocentService.Platform platform(SlackSettings settings, SupportDesk desk, MeterRegistry metrics) {
        SlackPlatform slack = SlackPlatform.create(settings, desk, metrics);
        Consumer<RoutesConfig> routes = slack.httpEndpoint()
                .<Consumer<RoutesConfig>>map(endpoint -> r -> r.post(SlackHttpEndpoint.PATH, ctx -> serve(endpoint, ctx)))
                .orElse(r -> { });
        return new DocentService.Platform(slack, routes);
    }

    private static void serve(SlackHttpEndpoint endpoint, Context ctx) {
        Map<String, List<String>> headers = ctx.headerMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a));
        SlackHttpResponse response = endpoint.handle(
                new SlackHttpRequest(ctx.path(), ctx.queryParamMap(), headers, ctx.body(), ctx.ip()));
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }
}
