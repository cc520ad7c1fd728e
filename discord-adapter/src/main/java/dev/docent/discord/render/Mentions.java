package dev.docent.discord.render;

import java.util.regex.Pattern;

/**
 * Makes text that Docent did not write - documentation, users' questions, file names - unable to
 * look like a ping: {@code @everyone}, {@code @here} and user, role and channel-less mentions
 * ({@code <@123>}, {@code <@!123>}, {@code <@&123>}) get a zero-width space after the {@code @}.
 * Allowed mentions already stop them from pinging; this also stops them from looking like pings.
 */
public final class Mentions {

    static final String ZERO_WIDTH_SPACE = "\u200B";

    private static final Pattern EVERYONE_OR_HERE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("<@([!&]?\\d)");

    private Mentions() {
    }

    public static String neutralise(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text == null ? "" : text;
        }
        String quiet = EVERYONE_OR_HERE.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
        return MENTION.matcher(quiet).replaceAll("<@" + ZERO_WIDTH_SPACE + "$1");
    }
}
