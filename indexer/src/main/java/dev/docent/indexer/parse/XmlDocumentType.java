package dev.docent.indexer.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an XML page's document type declaration stands ({@code <!DOCTYPE chapter [ <!ENTITY PRODUCT "Publican"> ]>}),
 * and its internal subset, where a DocBook book declares its entities. Only a declaration in the page's prologue -
 * after its XML declaration and comments - counts, so finding it costs one pass however the rest of the page is
 * written.
 *
 * @param start       where the declaration starts
 * @param end         where it ends
 * @param subsetStart where its internal subset starts ({@code end} when it has none)
 * @param subsetEnd   where its internal subset ends
 */
public record XmlDocumentType(int start, int end, int subsetStart, int subsetEnd) {

    private static final String DECLARATION = "<!DOCTYPE[^\\[>]*(?:\\[(.*?)]\\s*)?>";
    /** What may stand before it: the XML declaration, processing instructions, comments, white space. */
    private static final String LEAD = "\\s|<\\?.*?\\?>|<!--.*?-->";
    private static final Pattern IN_PROLOGUE = Pattern.compile("\\A(?:" + LEAD + ")*+(" + DECLARATION + ")", Pattern.DOTALL);
    private static final Pattern PROLOGUE = Pattern.compile("\\A(?:" + LEAD + "|" + DECLARATION + ")*+", Pattern.DOTALL);
    /** Books declare a few dozen entities; a subset past this is read only so far, so that reading it stays cheap. */
    private static final int MAX_SUBSET_CHARS = 1 << 16;

    public static Optional<XmlDocumentType> of(String xml) {
        Matcher declaration = IN_PROLOGUE.matcher(xml);
        if (!declaration.lookingAt()) {
            return Optional.empty();
        }
        boolean subset = declaration.group(2) != null;
        return Optional.of(new XmlDocumentType(declaration.start(1), declaration.end(1),
                subset ? declaration.start(2) : declaration.end(1), subset ? declaration.end(2) : declaration.end(1)));
    }

    /** Where the page's root element starts: after its XML declaration, comments and document type. */
    public static int rootStart(String xml) {
        Matcher prologue = PROLOGUE.matcher(xml);
        return prologue.lookingAt() ? prologue.end() : 0;
    }

    /** The declarations of its internal subset, as far as they are read. */
    public String subset(String xml) {
        return xml.substring(subsetStart, Math.min(subsetEnd, subsetStart + MAX_SUBSET_CHARS));
    }
}
