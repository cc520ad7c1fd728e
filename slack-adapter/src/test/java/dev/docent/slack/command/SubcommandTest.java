package dev.docent.slack.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubcommandTest {

    @Test
    void readsEachSubcommand() {
        assertThat(Subcommand.parse("ask  how do I rotate the secret? ")).isEqualTo(new Subcommand.Ask("how do I rotate the secret?"));
        assertThat(Subcommand.parse("")).isEqualTo(new Subcommand.Help());
        assertThat(Subcommand.parse("HELP")).isEqualTo(new Subcommand.Help());
        assertThat(Subcommand.parse("reindex")).isEqualTo(new Subcommand.Reindex(Optional.empty()));
        assertThat(Subcommand.parse("reindex product-docs")).isEqualTo(new Subcommand.Reindex(Optional.of("product-docs")));
        assertThat(Subcommand.parse("status")).isEqualTo(new Subcommand.Status());
    }

    @Test
    void aTypoIsNotTakenForAQuestion() {
        assertThat(Subcommand.parse("reindx product-docs")).isEqualTo(new Subcommand.Unknown("reindx"));
    }
}
