package dev.docent.indexer.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A text file is titled by the file's name. One written in AsciiDoc (git's manual pages) or
 * reStructuredText (a Sphinx project's {@code .txt} sources) is read as such. Any other is one
 * untitled section, or one per part when rules divide it: a line of ten or more "=" or "-" (Vim's
 * help) ends a part, and a short line that stands alone after it heads the next one. Read as one
 * section, Vim's rules were quoted in answers and every citation pointed at the top of a
 * 100,000-character file.
 */
public final class PlainTextParser implements DocumentParser {

    private static final Pattern RULE = Pattern.compile("\\s*([=\\-*_~#])\\1{9,}\\s*");
    private static final int MAX_HEADING_CHARS = 80;
    private static final Pattern NOT_A_HEADING_END = Pattern.compile(".*[.,;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final AsciiDocParser asciiDoc = new AsciiDocParser();
    private final RestructuredTextParser restructuredText = new RestructuredTextParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String decoded = Utf8Text.decode(content);
        String text = decoded.strip();
        if (AsciiDocParser.isWrittenIn(text)) {
            return asciiDoc.parse(decoded, fallbackTitle);
        }
        if (RestructuredTextParser.isWrittenIn(text)) {
            return restructuredText.parse(decoded, fallbackTitle);
        }
        return new ParsedDocument(fallbackTitle, parts(text));
    }

    private static List<Section> parts(String text) {
        SectionBuilder sections = new SectionBuilder();
        StringBuilder part = new StringBuilder();
        List<String> lines = text.lines().toList();
        boolean afterRule = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RULE.matcher(line).matches()) {
                sections.block(part.toString(), TextBlock.Kind.PROSE);
                part.setLength(0);
                afterRule = true;
                continue;
            }
            String words = SPACES.matcher(line.strip()).replaceAll(" ");
            if (afterRule && !words.isEmpty()) {
                afterRule = false;
                boolean standsAlone = i + 1 == lines.size() || lines.get(i + 1).isBlank();
                if (standsAlone && words.length() <= MAX_HEADING_CHARS && !NOT_A_HEADING_END.matcher(words).matches()) {
                    sections.heading(1, words, null);
                    continue;
                }
            }
            part.append(line).append('\n');
        }
        sections.block(part.toString(), TextBlock.Kind.PROSE);
        return sections.sections();
    }
}
