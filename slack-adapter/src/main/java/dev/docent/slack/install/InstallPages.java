package dev.docent.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/**
 * What the installer's browser shows when Slack sends them back: done, and what to do next; or
 * what went wrong, in words, with a way to start again.
 */
public final class InstallPages implements OAuthRedirectUriPageRenderer {

    /** Bolt's reason for a state that is missing, unknown, used or expired. */
    public static final String INVALID_STATE = "invalid_state";

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        return page("Docent is installed", "<p>Docent is installed in your Slack workspace. Invite <b>@Docent</b> to the "
                + "channels it should answer in, then mention it with a question, or send it a direct message.</p>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        String why = switch (reason) {
            case INVALID_STATE -> "This install link has expired (after " + SlackInstallStates.LIFETIME.toMinutes()
                    + " minutes) or was already used, or was opened in another browser than the one that started the install.";
            case "access_denied" -> "The install was cancelled in Slack.";
            default -> "Slack did not complete the install (" + escape(reason) + ").";
        };
        return page("Docent is not installed", "<p>" + why + "</p><p><a href=\"" + escape(installPath)
                + "\">Start the install again</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
