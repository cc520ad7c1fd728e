package dev.docent.app.cluster;

import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.app.config.SourceConfig;
import dev.docent.app.platform.FakeSlack;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.indexer.source.DirectorySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The fault suite's documentation and configuration: a small knowledge base written to a folder
 * (quick to embed on two cores, long enough to be caught mid-rebuild), which the fake Slack
 * workspace sees and its admins may reindex.
 */
final class ClusterDocs {

    static final String KNOWLEDGE_BASE = "cluster-docs";
    static final String ADMIN = "UADMIN";
    static final String ADMINS = "S0ADMINS";
    static final String ASKER = "UASKER";
    static final String QUESTION = "how do I rotate the webhook signing secret?";
    /** What the answer to {@link #QUESTION} says, and no failure notice does. */
    static final String ANSWERED = "Roll secret";
    private static final String URL = "https://docs.cluster.example";

    private ClusterDocs() {
    }

    /** Writes the pages: one that answers {@link #QUESTION}, and {@code others} more. */
    static Path write(Path folder, int others) throws IOException {
        Files.writeString(folder.resolve("webhook-secret.md"), """
                # Webhook signing secret

                ## Rotating the signing secret

                Open the endpoint page under Settings > Developers > Webhooks and click **Roll secret**.
                The old secret stays valid for 24 hours, so receivers can switch without dropping deliveries.
                """);
        for (int i = 1; i <= others; i++) {
            Files.writeString(folder.resolve("page-" + i + ".md"), "# Page " + i + "\n\n## Setup\n\n"
                    + ("Step " + i + " of the setup explains where the settings live and how to change them. ").repeat(8)
                    + "\n\n## Limits\n\n" + ("Limit " + i + " says how much each plan allows per month. ").repeat(8));
        }
        return folder;
    }

    static DirectorySource source(Path folder) {
        return new DirectorySource(folder, URL);
    }

    static DocentConfig config(Path folder) {
        return DocentConfig.empty()
                .withKnowledgeBases(Map.of(KNOWLEDGE_BASE, KnowledgeBaseConfig.of(Audience.PUBLIC,
                        SourceConfig.directory(folder.toString(), URL))))
                .withTenants(Map.of(FakeSlack.TEAM, new TenantConfig("Support", List.of(KNOWLEDGE_BASE), null, Map.of(),
                        new Admins(List.of(), List.of(ADMINS)), new EscalationTarget("C_ESCALATIONS", "S0ONCALL"))));
    }

    /** Closes what a test class started, each whatever the others do; the ones never started are null. */
    static void closeAll(AutoCloseable... started) {
        for (AutoCloseable open : started) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                // the next one still gets closed
            }
        }
    }

    /** A fake Slack that knows the asker and the admin. */
    static FakeSlack slack() throws IOException {
        FakeSlack slack = FakeSlack.start();
        slack.user(ASKER, "Dana Asker", false);
        slack.user(ADMIN, "Ada Admin", false);
        slack.userGroup(ADMINS, ADMIN);
        return slack;
    }
}
