package dev.docent.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.error.UserInputException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void esUrlNamesEveryNodeOfAClusterSeparatedByCommas() {
        Settings settings = Settings.from(Map.of("ES_URL", "http://127.0.0.1:9201, http://127.0.0.1:9202,,http://127.0.0.1:9203"),
                Map.of());

        assertThat(settings.elasticsearchUrls()).containsExactly(URI.create("http://127.0.0.1:9201"),
                URI.create("http://127.0.0.1:9202"), URI.create("http://127.0.0.1:9203"));
    }

    @Test
    void withoutEsUrlDocentStartsItsOwnNode() {
        assertThat(Settings.from(Map.of(), Map.of()).elasticsearchUrls()).isEmpty();
    }

    @Test
    void aWrongNodeInTheListIsNamed() {
        assertThatThrownBy(() -> Settings.from(Map.of("ES_URL", "http://127.0.0.1:9201,127.0.0.1:9202"), Map.of()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("127.0.0.1:9202");
    }
}
