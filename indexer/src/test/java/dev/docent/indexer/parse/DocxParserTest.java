package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocxParserTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @Test
    void aWordDocumentReadsAsWordShowsIt() throws Exception {
        String styles = """
                <w:styles W>
                  <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
                  <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>
                    <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Unterkapitel"><w:name w:val="Unterkapitel"/>
                    <w:basedOn w:val="berschrift2"/></w:style>
                  <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/>
                    <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Code"><w:name w:val="Code"/></w:style>
                  <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
                </w:styles>
                """.replace("W", W);
        String document = """
                <w:document W><w:body>
                  <w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr><w:r><w:t>Acme Runbook</w:t></w:r></w:p>
                  <w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>
                    <w:sdtContent><w:p><w:r><w:t>Single sign-on ..... 2</w:t></w:r></w:p></w:sdtContent></w:sdt>
                  <w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>Exports 3</w:t></w:r></w:p>
                  <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Single sign-on</w:t></w:r></w:p>
                  <w:p><w:r><w:t xml:space="preserve">Open </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Settings</w:t></w:r>
                    <w:del><w:r><w:delText>Admin</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> and run </w:t></w:r>
                    <w:r><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/></w:rPr><w:t>acme sso enable</w:t></w:r>
                    <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r>
                    <w:r><w:t>.</w:t></w:r>
                    <w:r><w:drawing><w:p><w:r><w:t>Text in a picture</w:t></w:r></w:p></w:drawing></w:r></w:p>
                  <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Choose SAML.</w:t></w:r></w:p>
                  <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Paste the metadata.</w:t></w:r></w:p>
                  <w:p><w:pPr><w:pStyle w:val="Unterkapitel"/></w:pPr><w:r><w:t>Testing</w:t></w:r></w:p>
                  <w:p><w:pPr><w:pStyle w:val="Code"/></w:pPr><w:r><w:t>acme sso test</w:t></w:r></w:p>
                  <w:p><w:pPr><w:pStyle w:val="Code"/></w:pPr><w:r><w:t xml:space="preserve">  --user a&lt;b</w:t></w:r></w:p>
                  <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>SSO</w:t></w:r></w:p></w:tc></w:tr>
                    <w:tr><w:tc><w:p><w:r><w:t>Business</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Yes</w:t></w:r></w:p>
                    </w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>
                </w:body></w:document>
                """.replace("W", W);

        ParsedDocument doc = new DocxParser().parse(OfficeZip.of(Map.of("word/document.xml", document, "word/styles.xml", styles)), "runbook");

        OfficeRunbook.assertReadAsShown(doc, "Admin", "PAGEREF", "picture", "..... 2", "Exports 3");
    }

    @Test
    void theDocumentsPropertiesNameItAndItsHeadingsNeedNoStylesPart() throws Exception {
        String document = """
                <w:document W><w:body>
                  <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Exports</w:t></w:r></w:p>
                  <w:p><w:r><w:t>Admins export as CSV.</w:t></w:r></w:p>
                </w:body></w:document>
                """.replace("W", W);
        String properties = """
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Admin guide</dc:title></cp:coreProperties>
                """;

        ParsedDocument doc = new DocxParser().parse(OfficeZip.of(Map.of("word/document.xml", document, "docProps/core.xml", properties)), "g");

        assertThat(doc.title()).isEqualTo("Admin guide");
        assertThat(doc.sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).containsExactly("Exports");
            assertThat(section.text()).isEqualTo("Admins export as CSV.");
        });
    }

    @Test
    void aFileThatIsNoWordDocumentIsAClearError() throws Exception {
        assertThatThrownBy(() -> new DocxParser().parse("PK not a zip".getBytes(StandardCharsets.US_ASCII), "x.docx"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("Word document");
        assertThatThrownBy(() -> new DocxParser().parse(OfficeZip.of(Map.of("content.xml", "<office/>")), "x.docx"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not a Word document: it has no word/document.xml");
    }

    @Test
    void aPartThatUnpacksPastItsBoundIsAClearErrorNotAnExhaustedHeap() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> new DocxParser().parse(out.toByteArray(), "bomb.docx"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("its word/document.xml unpacks to more than 64 MB");
    }
}
