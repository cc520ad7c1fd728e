package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.InlineCodeSpans;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown's entity and numeric character references in prose ({@code &mdash;}, {@code &nbsp;},
 * {@code &#8594;}) read as the characters a reader sees: kept as written they were quoted in answers
 * ("any string is allowed &mdash; ...") and searched as words ("mdash"); a no-break space is a space,
 * as the sentences' and words' boundaries read it. Inside code spans they are
 * text as written. References to {@code <}, {@code >}, {@code &} and {@code |} stay, however they are
 * spelled: a page writes {@code &lt;div&gt;} to show a tag, which as {@code <div>} would be read as one
 * and left out of the answer, and {@code &#124;} to keep a pipe in a table's cell.
 */
final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> MARKUP = Set.of("<", ">", "&", "|");

    private CharacterReferences() {
    }

    static String decoded(String prose) {
        if (prose.indexOf('&') < 0) {
            return prose;
        }
        InlineCodeSpans code = InlineCodeSpans.of(prose);
        Matcher reference = REFERENCE.matcher(prose);
        return reference.replaceAll(m -> {
            String character = Parser.unescapeEntities(m.group(), false).replace('\u00A0', ' ');
            return Matcher.quoteReplacement(MARKUP.contains(character) || code.covers(m.start()) ? m.group() : character);
        });
    }
}
