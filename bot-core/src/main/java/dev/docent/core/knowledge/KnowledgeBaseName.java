package dev.docent.core.knowledge;

import java.util.regex.Pattern;

/**
 * The rules for a knowledge base's name. It becomes part of an Elasticsearch index name, so it
 * is held to what index names allow, and kept readable in chat.
 */
public final class KnowledgeBaseName {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private KnowledgeBaseName() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** What is wrong with the name, in a sentence fit for the user; the caller says where it came from. */
    public static String rule(String name) {
        return ("Invalid knowledge base name '%s': use 1-63 lowercase letters, digits, "
                + "'-' or '_', starting with a letter or digit.").formatted(name);
    }

    public static String require(String name) {
        if (!isValid(name)) {
            throw new InvalidKnowledgeBaseNameException(rule(name));
        }
        return name;
    }
}
