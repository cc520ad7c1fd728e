package dev.docent.app.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a support lead opens the conversation of a case: the channel it was asked in, in the
 * Slack or Discord client. Docent keeps the channel, not the thread's message, so the link opens
 * the channel.
 */
final class ChannelLinks {

    private ChannelLinks() {
    }

    static Optional<String> of(String platform, String tenant, String channel) {
        if (platform == null || tenant == null || channel == null) {
            return Optional.empty();
        }
        return switch (platform) {
            case "slack" -> Optional.of("https://slack.com/app_redirect?team=" + encoded(tenant) + "&channel=" + encoded(channel));
            case "discord" -> Optional.of("https://discord.com/channels/" + encoded(tenant) + "/" + encoded(channel));
            default -> Optional.empty();
        };
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
