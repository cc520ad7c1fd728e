package dev.docent.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void discordIsOffWithoutAToken() {
        assertThat(DiscordSettings.fromEnvironment(Map.of())).isEmpty();
        assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "  "))).isEmpty();
    }

    @Test
    void theTokenAloneConnectsToDiscordItselfWithCommandsPerGuild() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t0k3n")).orElseThrow();

        assertThat(settings.token()).isEqualTo("t0k3n");
        assertThat(settings.apiUrl()).isEmpty();
        assertThat(settings.gatewayUrl()).isEmpty();
        assertThat(settings.commandScope()).isEqualTo(CommandScope.GUILD);
        assertThat(settings.progressInterval()).isEqualTo(DiscordSettings.DEFAULT_PROGRESS_INTERVAL);
        assertThat(settings.shards()).as("as many shards as Discord recommends").isEmpty();
    }

    @Test
    void theShardCountIsAutoOrAWholeNumber() {
        assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "4")).orElseThrow().shards())
                .hasValue(4);
        assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "AUTO")).orElseThrow().shards())
                .isEmpty();
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "0")))
                .hasMessage("DISCORD_SHARDS must be 'auto' or a whole number of at least 1, was: 0");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_SHARDS", "many")))
                .hasMessage("DISCORD_SHARDS must be 'auto' or a whole number of at least 1, was: many");
    }

    @Test
    void restAndGatewayAddressesCanBeReplaced() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t",
                "DISCORD_API_URL", "https://proxy.internal/api/v10", "DISCORD_GATEWAY_URL", "wss://proxy.internal/gateway",
                "DISCORD_COMMANDS", "Global")).orElseThrow();

        assertThat(settings.apiUrl()).contains(URI.create("https://proxy.internal/api/v10/"));
        assertThat(settings.gatewayUrl()).contains(URI.create("wss://proxy.internal/gateway"));
        assertThat(settings.commandScope()).isEqualTo(CommandScope.GLOBAL);
    }

    @Test
    void badValuesAreNamedInOneLine() {
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_API_URL", "ftp://x")))
                .hasMessage("DISCORD_API_URL must be a http/https URL, was: ftp://x");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_GATEWAY_URL", "http://x")))
                .hasMessage("DISCORD_GATEWAY_URL must be a ws/wss URL, was: http://x");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "DISCORD_COMMANDS", "everywhere")))
                .hasMessage("DISCORD_COMMANDS must be 'guild' or 'global', was: everywhere");
    }
}
