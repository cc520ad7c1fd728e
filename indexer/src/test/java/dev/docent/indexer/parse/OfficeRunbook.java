package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The runbook the office readers' tests write, as each format must read it: the same page, whatever its editor. */
final class OfficeRunbook {

    private OfficeRunbook() {
    }

    /** @param unseen what the document holds that no reader of the page sees */
    static void assertReadAsShown(ParsedDocument doc, String... unseen) {
        assertThat(doc.title()).isEqualTo("Acme Runbook");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("Single sign-on"), List.of("Single sign-on", "Testing"));
        assertThat(doc.sections().getFirst().text()).isEqualTo(
                "Open Settings and run `acme sso enable`.\n\n- Choose SAML.\n- Paste the metadata.");
        assertThat(doc.sections().get(1).text()).contains("```\nacme sso test\n  --user a<b\n```", "| Plan | SSO |\n|---|---|\n| Business | Yes |");
        assertThat(doc.sections().toString()).doesNotContain(unseen);
    }
}
