package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoogleDocsExportTest {

    private static final String STYLES = ".c1{font-weight:700}.c7{color:#000000;font-family:\"Courier New\";font-size:10pt}"
            + ".c8{font-family:\"Arial\"}.title{padding-top:0pt;font-size:26pt}";
    private static final String BODY = """
            <p class="c3 title" id="h.t1"><span class="c8">Support runbook</span></p>
            <p class="c2"><span class="c0">How the support team handles the common cases.</span></p>
            <h1 class="c4" id="h.x1"><span class="c6">Single sign-on</span></h1>
            <p class="c2"><span class="c0">Clear the cookie with </span><span class="c7">docent sessions clear</span><span class="c0">.</span></p>
            <p class="c2"><span class="c7">docent sessions list --user dana</span></p>
            <p class="c2"><span class="c7">docent sessions clear&nbsp;--user dana</span></p>
            <p class="c2"><span class="c8">After the commands.</span></p>
            """;

    @Test
    void aDownloadedDocumentsMonospacedTextIsCodeAndItsTitleParagraphIsItsTitle() throws Exception {
        ParsedDocument doc = parse("<body class=\"c9 doc-content\">" + BODY + "</body>");

        assertThat(doc.title()).isEqualTo("Support runbook");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Single sign-on"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("How the support team handles the common cases.");
        assertThat(doc.sections().get(1).text()).isEqualTo("""
                Clear the cookie with `docent sessions clear`.

                ```
                docent sessions list --user dana
                docent sessions clear --user dana
                ```

                After the commands.""");
    }

    @Test
    void anOlderDownloadIsKnownByItsListClasses() throws Exception {
        ParsedDocument doc = parse("<body class=\"c9\">" + BODY + "</body>", "ol.lst-kix_abc-0{list-style-type:none}");

        assertThat(doc.sections().get(1).text()).startsWith("Clear the cookie with `docent sessions clear`.");
    }

    @Test
    void anotherPagesClassesSayNothing() throws Exception {
        ParsedDocument doc = parse("<body>" + BODY + "</body>");

        assertThat(doc.sections().get(1).text()).startsWith("Clear the cookie with docent sessions clear.");
    }

    private static ParsedDocument parse(String body, String... moreStyles) throws Exception {
        String html = "<html><head><title>Support runbook</title><style type=\"text/css\">" + STYLES + String.join("", moreStyles)
                + "</style></head>" + body + "</html>";
        return new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "Runbook");
    }
}
