package dev.docent.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How Docent connects to Discord. The token comes only from the environment ({@code DISCORD_TOKEN});
 * {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL} replace Discord's REST and gateway
 * addresses (for proxies, and for tests against a fake Discord).
 *
 * @param apiUrl           the REST base, e.g. {@code https://discord.com/api/v10/}; empty: Discord's
 * @param gatewayUrl       the gateway, e.g. {@code wss://gateway.discord.gg}; empty: Discord's
 * @param commandScope     where {@code /docent} is registered ({@code DISCORD_COMMANDS}: guild, global)
 * @param progressInterval the least time between two edits of a reindex progress message
 * @param readyTimeout     how long {@link DiscordPlatform#start()} waits for the gateway to be ready
 * @param historyLimit     how many earlier messages of a thread a follow-up question reads
 * @param shards           gateway shards ({@code DISCORD_SHARDS}); empty: as many as Discord recommends for the
 *                         bot's guild count (one below 2,500 guilds)
 */
public record DiscordSettings(String token, Optional<URI> apiUrl, Optional<URI> gatewayUrl, CommandScope commandScope,
                              Duration progressInterval, Duration readyTimeout, int historyLimit, OptionalInt shards) {

    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_HISTORY_LIMIT = 20;

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("DISCORD_TOKEN is empty: set it to the bot token of your Discord application.");
        }
        apiUrl = apiUrl.map(DiscordSettings::withTrailingSlash);
        if (historyLimit < 0 || historyLimit > 100) {
            throw new IllegalArgumentException("historyLimit must be 0-100 (Discord returns at most 100 messages a page), was: "
                    + historyLimit);
        }
        if (shards.isPresent() && shards.getAsInt() < 1) {
            throw new IllegalArgumentException("DISCORD_SHARDS must be 'auto' or a whole number of at least 1, was: "
                    + shards.getAsInt());
        }
    }

    /** The settings the environment gives, or empty when {@code DISCORD_TOKEN} is not set (Discord is then off). */
    public static Optional<DiscordSettings> fromEnvironment(Map<String, String> env) {
        return value(env, "DISCORD_TOKEN").map(token -> new DiscordSettings(token,
                value(env, "DISCORD_API_URL").map(v -> url("DISCORD_API_URL", v, "http", "https")),
                value(env, "DISCORD_GATEWAY_URL").map(v -> url("DISCORD_GATEWAY_URL", v, "ws", "wss")),
                value(env, "DISCORD_COMMANDS").map(DiscordSettings::scope).orElse(CommandScope.GUILD),
                DEFAULT_PROGRESS_INTERVAL, DEFAULT_READY_TIMEOUT, DEFAULT_HISTORY_LIMIT,
                value(env, "DISCORD_SHARDS").map(DiscordSettings::shards).orElse(OptionalInt.empty())));
    }

    public DiscordSettings withProgressInterval(Duration interval) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, commandScope, interval, readyTimeout, historyLimit, shards);
    }

    private static OptionalInt shards(String value) {
        if (value.equalsIgnoreCase("auto")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DISCORD_SHARDS must be 'auto' or a whole number of at least 1, was: " + value, e);
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static CommandScope scope(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "guild" -> CommandScope.GUILD;
            case "global" -> CommandScope.GLOBAL;
            default -> throw new IllegalArgumentException("DISCORD_COMMANDS must be 'guild' or 'global', was: " + value);
        };
    }

    private static URI url(String name, String value, String... schemes) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !java.util.List.of(schemes).contains(scheme)) {
                throw new IllegalArgumentException(name + " must be a " + String.join("/", schemes) + " URL, was: " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: " + value, e);
        }
    }

    private static URI withTrailingSlash(URI uri) {
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }
}
