package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OdtParserTest {

    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    @Test
    void anOpenDocumentTextReadsAsItsEditorShowsIt() throws Exception {
        String styles = """
                <office:document-styles NS><office:styles>
                  <style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text" style:family="paragraph"/>
                  <style:style style:name="Title" style:family="paragraph"/>
                </office:styles></office:document-styles>
                """.replace("NS", NAMESPACES);
        String content = """
                <office:document-content NS>
                <office:automatic-styles>
                  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Preformatted_20_Text"/>
                  <style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Liberation Mono"/></style:style>
                </office:automatic-styles>
                <office:body><office:text>
                  <text:sequence-decls/>
                  <text:p text:style-name="Title">Acme Runbook</text:p>
                  <text:table-of-content><text:index-body><text:p>Single sign-on 2</text:p></text:index-body></text:table-of-content>
                  <text:h text:outline-level="1">Single sign-on</text:h>
                  <text:p>Open Settings and run <text:span text:style-name="T1">acme sso enable</text:span>.<text:note><text:note-body>
                    <text:p>A footnote.</text:p></text:note-body></text:note><draw:frame><draw:text-box><text:p>In a picture</text:p>
                    </draw:text-box></draw:frame></text:p>
                  <text:list><text:list-item><text:p>Choose SAML.</text:p></text:list-item>
                    <text:list-item><text:p>Paste<text:s text:c="2"/>the metadata.</text:p></text:list-item></text:list>
                  <text:h text:outline-level="2">Testing</text:h>
                  <text:p text:style-name="P1">acme sso test</text:p>
                  <text:p text:style-name="P1"><text:s text:c="2"/>--user a&lt;b</text:p>
                  <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Plan</text:p></table:table-cell>
                    <table:table-cell><text:p>SSO</text:p></table:table-cell></table:table-row></table:table-header-rows>
                    <table:table-row><table:table-cell><text:p>Business</text:p></table:table-cell>
                    <table:table-cell><text:p>Yes</text:p></table:table-cell></table:table-row></table:table>
                </office:text></office:body></office:document-content>
                """.replace("NS", NAMESPACES);

        ParsedDocument doc = new OdtParser().parse(OfficeZip.of(Map.of("content.xml", content, "styles.xml", styles)), "runbook");

        OfficeRunbook.assertReadAsShown(doc, "footnote", "picture", "Single sign-on 2");
    }

    @Test
    void itsMetadataNamesItAndAFileThatIsNoneIsAClearError() throws Exception {
        String content = "<office:document-content NS><office:body><office:text><text:h text:outline-level=\"1\">Exports</text:h>"
                .replace("NS", NAMESPACES) + "<text:p>Admins export as CSV.</text:p></office:text></office:body></office:document-content>";
        String meta = "<office:document-meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Admin guide</dc:title>"
                + "</office:meta></office:document-meta>";

        ParsedDocument doc = new OdtParser().parse(OfficeZip.of(Map.of("content.xml", content, "meta.xml", meta)), "guide");

        assertThat(doc.title()).isEqualTo("Admin guide");
        assertThat(doc.sections()).extracting(Section::text).containsExactly("Admins export as CSV.");
        assertThatThrownBy(() -> new OdtParser().parse(OfficeZip.of(Map.of("word/document.xml", "<w/>")), "x.odt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not an OpenDocument text: it has no content.xml");
    }
}
