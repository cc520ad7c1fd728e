package dev.docent.indexer.parse;

import java.util.Locale;

/**
 * The anchors Sphinx gives the things it describes, where they follow from the directive alone, so
 * a citation opens the page at the option or function it quotes: {@code #cmdoption-strict-markers},
 * {@code #confval-addopts}, {@code #envvar-PYTEST_ADDOPTS}, {@code #std-setting-DEBUG},
 * {@code #pytest.fail}, {@code #pytest.Config.getini} for a method described inside its class. Null
 * where Sphinx's id depends on context the page sets elsewhere (a {@code program}, a
 * {@code currentmodule}): the heading's own slug is used then.
 */
final class SphinxAnchors {

    private SphinxAnchors() {
    }

    /** Whether the directive describes something with members (described in its body). */
    static boolean isOwner(String directive) {
        return directive.equals("class") || directive.equals("exception");
    }

    /** @param owner the anchor of the class being described around this, or null */
    static String of(String directive, String signature, String owner) {
        String first = signature.split("[,\\s(=\\[]", 2)[0];
        if (owner != null && !first.contains(".")) {
            first = owner + "." + first;
        }
        return switch (directive) {
            case "option", "cmdoption" -> "cmdoption-" + first.replaceFirst("^[-/+]+", "").toLowerCase(Locale.ROOT);
            case "confval" -> "confval-" + first;
            case "envvar" -> "envvar-" + first;
            case "setting" -> "std-setting-" + first;
            case "function", "class", "method", "attribute", "property", "data", "exception", "decorator",
                 "classmethod", "staticmethod" -> first.contains(".") ? first : null;
            default -> null;
        };
    }
}
