package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpubParserTest {

    @Test
    void anEBookIsOnePageOfItsChaptersInReadingOrder() throws Exception {
        String container = """
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """;
        String opf = """
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Acme Admin Handbook</dc:title></metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="cover" href="Text/cover.xhtml" media-type="application/xhtml+xml"/>
                    <item id="c1" href="Text/chapter%201.xhtml" media-type="application/xhtml+xml"/>
                    <item id="c2" href="Text/exports.xhtml" media-type="application/xhtml+xml"/>
                    <item id="notes" href="Text/notes.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine><itemref idref="nav"/><itemref idref="cover"/><itemref idref="c2"/><itemref idref="c1"/>
                    <itemref idref="notes" linear="no"/></spine>
                </package>
                """;
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Acme Admin Handbook</title></head><body>%s</body></html>";

        ParsedDocument doc = new EpubParser().parse(OfficeZip.of(Map.of(
                "mimetype", "application/epub+zip",
                "META-INF/container.xml", container,
                "OEBPS/content.opf", opf,
                "OEBPS/nav.xhtml", page.formatted("<nav><ol><li><a href=\"Text/exports.xhtml\">Exports</a></li></ol></nav>"),
                "OEBPS/Text/cover.xhtml", page.formatted("<img src=\"cover.jpg\" alt=\"\"/>"),
                "OEBPS/Text/chapter 1.xhtml", page.formatted("<h1>Single sign-on</h1><p>Open Settings.</p><h2 id=\"test\">Testing</h2><p>Sign in twice.</p>"),
                "OEBPS/Text/exports.xhtml", page.formatted("<h1>Exports</h1><p>Admins export as CSV.</p>"),
                "OEBPS/Text/notes.xhtml", page.formatted("<h1>Notes</h1><p>Read on its own.</p>"))), "handbook");

        assertThat(doc.title()).isEqualTo("Acme Admin Handbook");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Exports"), List.of("Single sign-on"),
                List.of("Single sign-on", "Testing"));
        assertThat(doc.sections()).extracting(Section::text).containsExactly("Admins export as CSV.", "Open Settings.", "Sign in twice.");
    }

    @Test
    void aZipThatNamesNoPackageIsNoEBook() {
        assertThatThrownBy(() -> new EpubParser().parse(OfficeZip.of(Map.of("word/document.xml", "<w/>")), "x.epub"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("not an e-book: it names no package in META-INF/container.xml");
    }
}
