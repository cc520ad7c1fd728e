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

    public static String require(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException(("Invalid knowledge base name '%s': use 1-63 lowercase letters, digits, "
                    + "'-' or '_', starting with a letter or digit.").formatted(name));
        }
        return name;
    }
}
