package dev.docent.slack.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack message markup as the plain words a person typed: Docent's own mention removed, other
 * mentions, channel references and links as their names, and Slack's escapes undone. What
 * Docent searches with is what the asker meant, not Slack's wire format.
 */
public final class SlackMarkup {

    private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");

    private SlackMarkup() {
    }

    public static String toPlainText(String text, String botUserId) {
        Matcher m = ANGLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(plain(m.group(1), botUserId)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static String plain(String inside, String botUserId) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? "" : inside.substring(bar + 1);
        if (target.startsWith("@")) {
            return target.substring(1).equals(botUserId) ? "" : "@" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return "#" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            return label.isEmpty() ? "@" + target.substring(1).replaceFirst("\\^.*", "") : label;
        }
        return label.isEmpty() ? target : label;
    }
}
