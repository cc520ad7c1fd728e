package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void namedAndNumericReferencesInProseReadAsTheirCharacters() {
        assertThat(CharacterReferences.decoded("any string is allowed &mdash; see&nbsp;[details](#x), 1&ndash;3 &#8594; done &#x2026;"))
                .isEqualTo("any string is allowed — see [details](#x), 1–3 → done …");
    }

    @Test
    void referencesToMarkupCharactersAndInsideCodeSpansStayAsWritten() {
        assertThat(CharacterReferences.decoded("write &lt;div&gt; &amp; &#60;p&#62;, `&mdash;` and ``a &nbsp; b``; &#124; in a cell"))
                .isEqualTo("write &lt;div&gt; &amp; &#60;p&#62;, `&mdash;` and ``a &nbsp; b``; &#124; in a cell");
    }

    @Test
    void whatIsNoReferenceStays() {
        assertThat(CharacterReferences.decoded("AT&T & co; &unknownname; &#;")).isEqualTo("AT&T & co; &unknownname; &#;");
    }

    @Test
    void aMarkdownPageQuotesItsProseWithTheCharactersAndItsCodeAsWritten() throws Exception {
        String page = "# Fields\n\nThe `name` field is a `str` &mdash; any string.\n\n| Option | Values |\n|---|---|\n"
                + "| `quoteProps` | `as-needed&#124;consistent` |\n\n```html\n<p>&mdash;</p>\n```\n";

        Section section = new MarkdownParser().parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).contains("The `name` field is a `str` — any string.")
                .contains("`as-needed&#124;consistent`").contains("<p>&mdash;</p>");
    }
}
