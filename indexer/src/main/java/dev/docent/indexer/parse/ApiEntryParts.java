package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * API reference generators title the parts of an entry with minor headings: JSDoc's "Parameters:",
 * "Returns:" and "Example" ({@code h5}) under each function's {@code h4}, TypeDoc's "Returns this".
 * Read as headings, they cut one function's documentation into sections of a few words, and its
 * description, parameters and example were found apart. Such a heading is a label of the entry's
 * text, as a definition list's term is: a paragraph in bold.
 */
final class ApiEntryParts {

    /**
     * The smallest headings only: an {@code h4} "Arguments" or "Properties" in Django's manual heads
     * the entries described under it, which would then read as parts of the section before.
     */
    private static final String MINOR_HEADINGS = "h5, h6";
    private static final Pattern PART = Pattern.compile("(?i)(?:parameters|params|arguments|type parameters|returns?\\b.*"
            + "|return value|throws|raises|exceptions|yields|examples?|type|fires|listens to events|properties|since"
            + "|deprecated|see(?: also)?|default value|requires)\\s*:?");
    /**
     * JSDoc marks an optional parameter in a signature with a superscript "opt" that reads as part of
     * its name: "timeout(asyncFn, milliseconds, infoopt)". The parameters' table says it.
     */
    private static final String SIGNATURE_MARKS = "span.signature-attributes";

    /**
     * A parameter's type beside its name in a definition list (docutils' {@code span.classifier}: numpydoc's
     * "Parameters" of NumPy, pandas, SciPy): the site's stylesheet writes " : " before it, the markup
     * nothing, so read as text the name and its type ran together - "drop_levelbool, default True".
     */
    private static final String TYPE_BESIDE_NAME = "dt span.classifier";

    private ApiEntryParts() {
    }

    /** Each parameter's type set off from its name in brackets: "drop_level (bool, default True)". */
    static void typesSetOff(Element main) {
        for (Element type : main.select(TYPE_BESIDE_NAME)) {
            Node before = type.previousSibling();
            boolean delimited = before instanceof TextNode text && text.text().strip().endsWith(":");
            if (!delimited) {
                type.before(new TextNode(" ("));
                type.after(new TextNode(")"));
            }
        }
    }

    static void labelled(Element main) {
        main.select(MINOR_HEADINGS).stream().filter(heading -> PART.matcher(heading.text().strip()).matches())
                .forEach(HeadingLabels::asLabel);
        main.select(SIGNATURE_MARKS).remove();
    }
}
