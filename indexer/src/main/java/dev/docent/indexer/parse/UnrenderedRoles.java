package dev.docent.indexer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A reStructuredText role that reached the page unrendered: docstrings written for Sphinx and shown
 * by another tool (mkdocstrings, pdoc) keep their {@code :class:} and {@code :attr:} as text right
 * before the code element they mark, and "Returns True if :attr:`status_code` is less than 400" was
 * quoted so. The role goes; the code stays. A role written inside code, or in a literal block that
 * teaches the syntax (Sphinx's and Django's guides to writing docs), is not before a code element
 * and stays.
 */
final class UnrenderedRoles {

    private static final Pattern ROLE_AT_END = Pattern.compile("(?<![^\\s(\\[])(?::[a-z]+)+:$");

    private UnrenderedRoles() {
    }

    static void removeFrom(Element main) {
        for (Element code : main.select("code")) {
            Node before = code.previousSibling();
            if (before instanceof TextNode text) {
                Matcher role = ROLE_AT_END.matcher(text.getWholeText());
                if (role.find()) {
                    text.text(text.getWholeText().substring(0, role.start()));
                }
            }
        }
    }
}
