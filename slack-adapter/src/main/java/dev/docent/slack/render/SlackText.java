package dev.docent.slack.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text Docent did not write - documentation, users' questions - into Slack mrkdwn that
 * shows exactly what it says and notifies nobody.
 *
 * <p>Slack only treats {@code <!channel>}, {@code <!here>}, {@code <!everyone>},
 * {@code <!subteam^...>} and {@code <@U...>} as mentions when they arrive with real angle
 * brackets; escaping {@code & < >} (which Slack asks for anyway) makes them visible text. Spelled-
 * out {@code @channel}, {@code @here} and {@code @everyone} get a word joiner after the @, so no
 * client or {@code link_names} setting can turn them into a mention either.
 */
public final class SlackText {

    private static final Pattern SPELLED_OUT_CROWD = Pattern.compile("@(channel|here|everyone)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Code (a fenced block, an inline span) or Markdown's bold: code is matched first, so a glob's ** stays as written. */
    private static final Pattern CODE_OR_BOLD = Pattern.compile("(```.*?```|`[^`\\n]*`)|\\*\\*(\\S(?:[^\\n]*?\\S)?)\\*\\*",
            Pattern.DOTALL);
    private static final Pattern USER_GROUP_ID = Pattern.compile("S[A-Z0-9]{2,}");
    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final char WORD_JOINER = '\u2060';

    private SlackText() {
    }

    /** Documentation or user text as safe mrkdwn: shown as written, pinging nobody. */
    public static String safe(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return SPELLED_OUT_CROWD.matcher(escaped).replaceAll(m -> "@" + WORD_JOINER + Matcher.quoteReplacement(m.group(1)));
    }

    /** Like {@link #safe}, and Markdown's {@code **bold**} becomes Slack's {@code *bold*}: answers quote Markdown docs. */
    public static String fromMarkdown(String markdown) {
        return CODE_OR_BOLD.matcher(safe(markdown)).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : "*" + m.group(2) + "*"));
    }

    /**
     * A link with a label; the label is made safe. Only web and mail links become links: anything
     * else (a {@code file:} URL of a local folder) is shown as text beside the label.
     */
    public static String link(String url, String label) {
        String safeLabel = safe(label);
        String scheme = scheme(url);
        if (!(scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto"))) {
            return url.isBlank() ? safeLabel : safeLabel + " (" + safe(url) + ")";
        }
        String safeUrl = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
        return "<" + safeUrl + "|" + safeLabel + ">";
    }

    /**
     * The mention of a user group - the one mention Docent makes on purpose, for escalations.
     *
     * @throws IllegalArgumentException if {@code userGroupId} is not a Slack user group id (S...)
     */
    public static String userGroupMention(String userGroupId) {
        if (!USER_GROUP_ID.matcher(userGroupId).matches()) {
            throw new IllegalArgumentException("'" + userGroupId + "' is not a Slack user group id (they start with S)");
        }
        return "<!subteam^" + userGroupId + ">";
    }

    /** Cuts text to at most {@code max} characters at a word boundary, marking the cut with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static String scheme(String url) {
        Matcher scheme = SCHEME.matcher(url.strip());
        return scheme.lookingAt() ? scheme.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
