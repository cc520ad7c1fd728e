package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Word document's styles ({@code word/styles.xml}), as the reader needs them: which paragraph style is a heading
 * and at what level - its outline level, its own or the one of the style it is based on, so that a heading in a
 * German document ("Überschrift 1") is one too - which is the title, a table of contents' entry, or code.
 */
final class DocxStyles {

    private static final Pattern HEADING_ID = Pattern.compile("(?i)heading\\s?([1-9])");
    private static final Pattern CONTENTS = Pattern.compile("toc\\s?\\d.*|toc heading");
    /** Styles based on styles based on others: a chain longer than this is a loop. */
    private static final int MAX_BASES = 10;

    private final Map<String, Element> byId = new HashMap<>();

    DocxStyles(Document styles) {
        for (Element style : styles.select("w|style")) {
            byId.putIfAbsent(style.attr("w:styleId"), style);
        }
    }

    /** The heading level a paragraph of this style has, 1 for the highest, if it is a heading. */
    OptionalInt outlineLevel(String styleId) {
        Element style = byId.get(styleId);
        for (int i = 0; style != null && i < MAX_BASES; i++) {
            Element level = style.selectFirst("w|pPr > w|outlineLvl");
            if (level != null) {
                return level(level);
            }
            style = byId.get(attributeOf(style, "w|basedOn"));
        }
        // Without its styles part a document still names Word's own heading styles.
        var heading = HEADING_ID.matcher(styleId);
        return !byId.containsKey(styleId) && heading.matches() ? OptionalInt.of(Integer.parseInt(heading.group(1)))
                : OptionalInt.empty();
    }

    /** A paragraph's own outline level ({@code <w:outlineLvl w:val="1"/>}), as 1 for the highest. */
    static OptionalInt level(Element outlineLevel) {
        try {
            int level = Integer.parseInt(outlineLevel.attr("w:val").strip());
            // Level 9 is Word's "body text": no heading.
            return level >= 0 && level < 9 ? OptionalInt.of(level + 1) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether a paragraph of this style is a list's item: Word's "List Bullet" and "List Number" number it themselves. */
    boolean isListItem(String styleId) {
        Element style = byId.get(styleId);
        for (int i = 0; style != null && i < MAX_BASES; i++) {
            if (style.selectFirst("w|pPr > w|numPr") != null) {
                return true;
            }
            style = byId.get(attributeOf(style, "w|basedOn"));
        }
        return false;
    }

    /** Whether the style numbers its items ("List Number") rather than bullets them. */
    boolean isNumbered(String styleId) {
        return name(styleId).contains("number");
    }

    boolean isTitle(String styleId) {
        return name(styleId).equals("title");
    }

    boolean isContents(String styleId) {
        return CONTENTS.matcher(name(styleId)).matches();
    }

    boolean isCode(String styleId) {
        return CodeStyles.isCode(name(styleId)) || CodeStyles.isCode(styleId);
    }

    private String name(String styleId) {
        Element style = byId.get(styleId);
        String name = style == null ? styleId : attributeOf(style, "w|name");
        return name.toLowerCase(Locale.ROOT).strip();
    }

    private static String attributeOf(Element style, String child) {
        Element element = style.selectFirst(child);
        return element == null ? "" : element.attr("w:val");
    }
}
