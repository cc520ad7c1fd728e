package dev.docent.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.docent.slack.http.SlackHttpRequest;
import dev.docent.slack.http.SlackHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installing Docent in a workspace, independent of any HTTP server: {@link #INSTALL_PATH} sends the
 * installer's browser to Slack's authorize page with a fresh {@code state}; Slack sends it back to
 * {@link #REDIRECT_PATH} with a code, which Bolt exchanges for the workspace's bot token.
 */
public final class SlackInstallEndpoint {

    public static final String INSTALL_PATH = "/slack/install";
    /** The redirect URL to list in the app's OAuth settings. */
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private static final Logger log = LoggerFactory.getLogger(SlackInstallEndpoint.class);
    private static final String HTML = "text/html; charset=utf-8";

    private final App app;
    private final SlackRequestParser parser;

    /** @param app a Bolt app set up for OAuth, with {@link #INSTALL_PATH} and {@link #REDIRECT_PATH} as its paths */
    public SlackInstallEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    /** A GET of either path; the query and the state cookie are all Bolt reads. */
    public SlackHttpResponse handle(SlackHttpRequest request) {
        Request<?> install = parser.parse(request.forBolt());
        if (install == null) {
            return new SlackHttpResponse(404, HTML, "");
        }
        Response response;
        try {
            response = app.run(install);
        } catch (Exception e) {
            log.atError().addKeyValue("error", e.getClass().getName()).log("Bolt failed on a Slack install");
            return new SlackHttpResponse(500, HTML, new InstallPages().renderFailurePage(INSTALL_PATH, "internal_error"));
        }
        return new SlackHttpResponse(response.getStatusCode(), response.getContentType() != null ? response.getContentType() : HTML,
                response.getBody() == null ? "" : response.getBody(), response.getHeaders());
    }

    /**
     * A redirect whose state is missing, unknown, used or expired: refused with a page that says so.
     * Bolt's own handler would log the whole request, and the request carries the code.
     */
    public static Response refuseState(OAuthCallbackRequest request, Response response) {
        log.atWarn().log("refused a Slack install redirect: its state is unknown, used or expired");
        response.setStatusCode(400);
        response.setContentType(HTML);
        response.setBody(new InstallPages().renderFailurePage(INSTALL_PATH, InstallPages.INVALID_STATE));
        return response;
    }
}
