package dev.docent.app.platform;

import dev.docent.app.server.DocentService;
import dev.docent.core.desk.SupportDesk;
import io.micrometer.core.instrument.MeterRegistry;
import dev.docent.core.error.UserInputException;
import dev.docent.discord.DiscordPlatform;
import dev.docent.discord.DiscordSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Discord, when the environment configures it ({@code DISCORD_TOKEN}): the platform {@code docent serve} starts. */
public final class DiscordPlatforms {

    private DiscordPlatforms() {
    }

    /** One platform when {@code DISCORD_TOKEN} is set, none otherwise. Discord needs no HTTP routes: it is a gateway client. */
    public static List<DocentService.Platform> fromEnvironment(Map<String, String> env, SupportDesk desk, MeterRegistry metrics) {
        return settings(env)
                .map(settings -> new DocentService.Platform(DiscordPlatform.create(settings, desk, metrics), routes -> { }))
                .stream().toList();
    }

    /** Discord's settings from the environment; a wrong value there is the user's to fix. */
    private static Optional<DiscordSettings> settings(Map<String, String> env) {
        try {
            return DiscordSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
