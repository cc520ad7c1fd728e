package dev.docent.slack.install;

import dev.docent.core.install.InstallStates;
import dev.docent.core.install.Installations;

/** What an app installed by many workspaces shares between its replicas: the installations, and the installs under way. */
public record InstallStores(Installations installations, InstallStates states) {
}
