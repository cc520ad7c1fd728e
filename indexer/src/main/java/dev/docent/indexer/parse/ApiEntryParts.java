package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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

    private ApiEntryParts() {
    }

    static void labelled(Element main) {
        main.select(MINOR_HEADINGS).stream().filter(heading -> PART.matcher(heading.text().strip()).matches())
                .forEach(HeadingLabels::asLabel);
        main.select(SIGNATURE_MARKS).remove();
    }
}
