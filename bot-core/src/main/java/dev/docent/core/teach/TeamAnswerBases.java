package dev.docent.core.teach;

import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The knowledge bases a tenant's team answers live in: one internal ({@code team-answers-<tenant>}),
 * seen only in the tenant's private places, and one for the answers someone published
 * ({@code ...-public}), seen in all its places. Searched like docs, so a paraphrase finds them.
 */
public final class TeamAnswerBases {

    static final String PREFIX = "team-answers-";
    private static final String PUBLISHED = "-public";
    private static final int MAX_NAME = 63;

    private TeamAnswerBases() {
    }

    public static String internal(String tenant) {
        return PREFIX + slug(tenant);
    }

    public static String published(String tenant) {
        return internal(tenant) + PUBLISHED;
    }

    public static String of(TeamAnswer answer) {
        return answer.published() ? published(answer.tenant()) : internal(answer.tenant());
    }

    /** The team answers a place may see: never another tenant's, never an internal one in public. */
    public static Set<String> visibleIn(Place place) {
        return place.visibility() == Visibility.PUBLIC
                ? Set.of(published(place.tenant()))
                : Set.of(internal(place.tenant()), published(place.tenant()));
    }

    public static boolean isTeamAnswers(String knowledgeBase) {
        return knowledgeBase.startsWith(PREFIX);
    }

    /** Tenant ids ("T024BE7LD", a guild's snowflake) made fit for a knowledge base name; long ones end in a hash. */
    private static String slug(String tenant) {
        String slug = tenant.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        int room = MAX_NAME - PREFIX.length() - PUBLISHED.length();
        return slug.length() <= room ? slug : slug.substring(0, room - 9) + "-" + sha256(tenant).substring(0, 8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
