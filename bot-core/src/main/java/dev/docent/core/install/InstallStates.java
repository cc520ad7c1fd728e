package dev.docent.core.install;

/**
 * The {@code state} values of installs under way: issued when someone starts installing Docent,
 * accepted once, and only for a while, when the platform sends them back.
 */
public interface InstallStates {

    /** Remembers a state just handed to someone who starts an install. */
    void issue(String state);

    /**
     * True for a state that was issued, not yet taken and not yet expired - once: every later call
     * with it, on any replica, is false.
     */
    boolean take(String state);

    /** Forgets states that expired unused (abandoned installs); returns how many. */
    int forgetExpired();
}
