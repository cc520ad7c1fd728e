package dev.docent.slack.install;

import com.slack.api.bolt.service.OAuthStateService;
import dev.docent.core.install.InstallStates;
import java.time.Duration;

/**
 * Bolt's OAuth {@code state} checks over Docent's shared install states. The state is also kept
 * in a cookie of the installer's browser (Bolt's part): a redirect is accepted only from the
 * browser that started the install, on whichever replica it lands.
 */
public final class SlackInstallStates implements OAuthStateService {

    /** From "Add to Slack" to Slack's redirect back: time to sign in and read the permissions. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final InstallStates states;

    public SlackInstallStates(InstallStates states) {
        this.states = states;
    }

    @Override
    public long getExpirationInSeconds() {
        return LIFETIME.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issue(state);
    }

    /**
     * Takes the state as it checks it. Bolt checks, exchanges the code, then deletes the state: two
     * redirects with the same state checked at the same moment would both pass. Taking it here
     * leaves Bolt's deletion nothing to do.
     */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.take(state);
    }

    /** Taken already by {@link #isAvailableInDatabase}. */
    @Override
    public void deleteStateFromDatastore(String state) {
    }
}
