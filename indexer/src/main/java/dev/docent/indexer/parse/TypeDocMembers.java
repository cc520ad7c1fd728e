package dev.docent.indexer.parse;

import org.jsoup.nodes.Element;

/**
 * TypeDoc documents a member under its name ({@code h3}) with one signature block per overload, and
 * titles the parts of each signature's documentation with {@code h4}: "Parameters", "Returns this",
 * "Type Parameters", "Example". Read as headings, they cut a method's documentation into sections
 * of a few words each, and the second overload of {@code version} was read as part of the first
 * one's "Returns this". They are labels of the member's text now, as a definition list's terms are,
 * and the overloads follow each other as blocks, not as items of a list.
 * The flags TypeDoc sets before a name ("Optional", "Readonly") are words of their own, not the
 * name's start ("Optionalflags"), and a signature is code.
 */
final class TypeDocMembers {

    static final String CHROME = "div.col-sidebar, .tsd-page-toolbar, .tsd-generator";
    private static final String PART_TITLES = "ul.tsd-signatures h4, ul.tsd-signatures h5, div.tsd-description h4";

    private TypeDocMembers() {
    }

    static void normalize(Element main) {
        main.select(PART_TITLES).forEach(HeadingLabels::asLabel);
        // One overload after the other, each a signature and its documentation; not a list of items.
        for (Element overloads : main.select("ul.tsd-signatures")) {
            overloads.children().tagName("div");
            overloads.tagName("div");
        }
        main.select("code.tsd-tag").forEach(flag -> flag.after(" "));
        // A signature is code, as Doxygen's are: quoted as a sentence, "parse(argv?: readonly string[]): this" opened answers.
        main.select("div.tsd-signature").forEach(signature -> signature.replaceWith(new Element("pre").text(signature.text())));
    }
}
