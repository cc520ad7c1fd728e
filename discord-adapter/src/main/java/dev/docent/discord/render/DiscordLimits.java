package dev.docent.discord.render;

/** What Discord refuses beyond: a message over any of these is rejected whole, so renderers stay under them. */
public final class DiscordLimits {

    public static final int CONTENT = 2_000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4_096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1_024;
    public static final int FOOTER = 2_048;
    /** Title, description, field names and values, footer and author of all embeds of a message together. */
    public static final int EMBEDS_TOTAL = 6_000;

    private DiscordLimits() {
    }
}
