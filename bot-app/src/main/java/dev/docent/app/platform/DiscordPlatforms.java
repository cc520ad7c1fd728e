package dev.docent.app.platform;

import dev.docent.app.server.DocentService;
import dev.docent.core.desk.SupportDesk;
import io.micrometer.core.instrument.MeterRegistry;
import dev.docent.discord.DiscordPlatform;
import dev.docent.discord.DiscordSettings;
import java.util.List;
import java.util.Map;

/** Discord, when the environment configures it ({@code DISCORD_TOKEN}): the platform {@code docent serve} starts. */
public final class DiscordPlatforms {

    private DiscordPlatforms() {
    }

    /** One platform when {@code DISCORD_TOKEN} is set, none otherwise. Discord needs no HTTP routes: it is a gateway client. */
    public static List<DocentService.Platform> fromEnvironment(Map<String, String> env, SupportDesk desk, MeterRegistry metrics) {
        return DiscordSettings.fromEnvironment(env)
                .map(settings -> new DocentService.Platform(DiscordPlatform.create(settings, desk, metrics), routes -> { }))
                .stream().toList();
    }
}
