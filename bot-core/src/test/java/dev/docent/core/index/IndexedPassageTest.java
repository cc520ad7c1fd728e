package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedPassageTest {

    @Test
    void theHeadingIdentifiersAreTheNamesTheHeadingsDefineNotThoseTheTextMentions() {
        IndexedPassage passage = IndexedPassage.of("docs", "cli.md", 3, 4, "Command line", List.of("Options", "`--retries`"),
                "With `--retries 2` and `--workers 4` a failing test runs three times.", "https://docs.example/cli",
                "hash", null);

        assertThat(passage.headingIdentifiers()).isEqualTo("retries");
        assertThat(passage.identifiers().split(" ")).contains("retries", "workers");
    }

    @Test
    void aSectionWithPlainHeadingsDefinesNoName() {
        IndexedPassage passage = IndexedPassage.of("docs", "guide.md", 0, 1, "Guide", List.of("Getting started"),
                "Call `page.goto` first.", "https://docs.example/guide", "hash", null);

        assertThat(passage.headingIdentifiers()).isEmpty();
    }

    @Test
    void aCitationLeavesOutTheParametersOfALongSignatureButNotOfAShortOne() {
        String constructor = "class flask.Flask(import_name, static_url_path=None, static_folder='static', static_host=None, "
                + "host_matching=False, subdomain_matching=False)";
        IndexedPassage passage = IndexedPassage.of("docs", "api.html", 3, 4, "API", List.of("Application Object", constructor,
                "property config: Config"), "The configuration dictionary.", "https://docs.example/api", "hash", null);
        IndexedPassage method = IndexedPassage.of("docs", "fs.md", 3, 4, "File system",
                List.of("`fs.mkdir(path[, options], callback)`"), "Asynchronously creates a directory.",
                "https://docs.example/fs", "hash", null);

        assertThat(passage.sectionLabel()).isEqualTo("Application Object > class flask.Flask(…) > property config: Config");
        assertThat(passage.section()).as("searched whole").contains("static_url_path");
        assertThat(method.sectionLabel()).isEqualTo("`fs.mkdir(path[, options], callback)`");
    }

    @Test
    void aCitationLeavesOutTheTypeParametersOfALongGenericSignature() {
        String handler = "fastify.onRequestHookHandler< RawServer, RawRequest, RawReply, RequestGeneric, ContextConfig>(request:"
                + " FastifyRequest, reply: FastifyReply, done: (err?: FastifyError) => void): Promise<unknown> | void";
        IndexedPassage passage = IndexedPassage.of("docs", "TypeScript.md", 3, 4, "TypeScript", List.of("Hooks", handler),
                "A hook's handler.", "https://docs.example/ts", "hash", null);

        assertThat(passage.sectionLabel()).isEqualTo("Hooks > fastify.onRequestHookHandler(…): Promise<unknown> | void");
    }
}
