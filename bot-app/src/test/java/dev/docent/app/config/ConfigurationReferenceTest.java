package dev.docent.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration-reference.md documents every key docent.yml may hold, and every old name. */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "configuration-reference.md");

    @Test
    void everyKeyIsInTheReference() throws Exception {
        String reference = Files.readString(REFERENCE);

        assertThat(DocentYml.keyPaths()).hasSizeGreaterThan(60)
                .allSatisfy(key -> assertThat(reference).as("the reference documents %s", key).contains("`" + key + "`"));
    }

    @Test
    void everyRenamedKeyIsInTheReferencesTableOfRenamedKeys() throws Exception {
        String reference = Files.readString(REFERENCE);
        String renamed = reference.substring(reference.indexOf("### Renamed keys"), reference.indexOf("## Types of value"));

        assertThat(DocentYml.formerNames()).isNotEmpty().allSatisfy((old, current) -> assertThat(renamed)
                .as("the table of renamed keys has %s -> %s", old, current)
                .containsPattern("\\| `" + java.util.regex.Pattern.quote(old) + "`[^|]*\\| `"
                        + java.util.regex.Pattern.quote(current) + "`"));
    }
}
