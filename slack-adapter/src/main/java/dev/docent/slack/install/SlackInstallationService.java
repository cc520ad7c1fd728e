package dev.docent.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import dev.docent.core.install.Installation;
import dev.docent.core.install.Installations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's view of Docent's installations: Bolt saves one when a workspace completes the install,
 * looks the workspace's bot up for every request, and deletes it when the app is uninstalled or
 * its tokens revoked. Docent asks for bot scopes only, so it keeps no installer's user token.
 */
public final class SlackInstallationService implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(SlackInstallationService.class);

    private final Installations installations;
    private final Clock clock;

    public SlackInstallationService(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    /** Docent keeps a workspace's latest installation only: the earlier tokens are of no use. */
    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) {
            throw new UnsupportedOperationException("Docent keeps only the latest installation of a workspace");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (Boolean.TRUE.equals(installer.getIsEnterpriseInstall()) || installer.getTeamId() == null) {
            // A tenant is a workspace: an organisation-wide install has no single one to answer for.
            throw new IllegalArgumentException("Docent is installed per workspace, not across an Enterprise Grid organisation");
        }
        if (installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("the install granted no bot token: Docent needs bot scopes");
        }
        Instant installedAt = installer.getInstalledAt() != null ? Instant.ofEpochMilli(installer.getInstalledAt()) : clock.instant();
        installations.save(new Installation(installer.getTeamId(), Optional.ofNullable(installer.getEnterpriseId()),
                installer.getBotAccessToken(), installer.getBotUserId(), installer.getBotId(), installer.getAppId(),
                installer.getInstallerUserId(), installer.getBotScope(), installedAt));
        log.atInfo().addKeyValue("team", installer.getTeamId()).log("a Slack workspace installed Docent");
    }

    @Override
    public void deleteBot(Bot bot) {
        forget(bot.getTeamId(), "tokens revoked");
    }

    /** No user token is kept (no user scopes), so there is nothing of the installer's to delete. */
    @Override
    public void deleteInstaller(Installer installer) {
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        if (teamId == null) {
            return null;
        }
        return installations.find(teamId).map(SlackInstallationService::bot).orElse(null);
    }

    /** Bolt asks for the installer's user token when there is no bot; Docent keeps none. */
    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        forget(teamId, "uninstalled");
    }

    private void forget(String team, String why) {
        if (team != null && installations.remove(team)) {
            log.atInfo().addKeyValue("team", team).addKeyValue("why", why).log("forgot a Slack workspace's installation");
        }
    }

    private static Bot bot(Installation installation) {
        DefaultBot bot = new DefaultBot();
        bot.setTeamId(installation.team());
        bot.setEnterpriseId(installation.enterprise().orElse(null));
        bot.setAppId(installation.appId());
        bot.setBotId(installation.botId());
        bot.setBotUserId(installation.botUserId());
        bot.setBotScope(installation.scopes());
        bot.setBotAccessToken(installation.botToken());
        bot.setInstalledAt(installation.installedAt().toEpochMilli());
        return bot;
    }
}
