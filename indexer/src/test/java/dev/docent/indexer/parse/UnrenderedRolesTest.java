package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnrenderedRolesTest {

    @Test
    void aRoleLeftBeforeCodeGoesAndTheCodeStays() {
        assertThat(UnrenderedRoles.removedFrom("Returns True if :attr:`status_code` is less than 400."))
                .isEqualTo("Returns True if `status_code` is less than 400.");
        assertThat(UnrenderedRoles.removedFrom("A :py:class:`Response` object (see :meth:`Session.send`)."))
                .isEqualTo("A `Response` object (see `Session.send`).");
    }

    @Test
    void aRoleInsideCodeAndColonsElsewhereStay() {
        assertThat(UnrenderedRoles.removedFrom("Write `` :py:class:`zipfile.ZipFile` `` to link a class."))
                .isEqualTo("Write `` :py:class:`zipfile.ZipFile` `` to link a class.");
        assertThat(UnrenderedRoles.removedFrom("Set it to:`true` or note: `false` in key:value pairs."))
                .isEqualTo("Set it to:`true` or note: `false` in key:value pairs.");
    }

    @Test
    void aDocstringShownByAnotherToolReadsWithoutItsRoles() throws Exception {
        String html = """
                <html><body><h1>Models</h1><h2 id="ok">ok</h2>
                <p>Returns True if :attr:<code>status_code</code> is less than 400, False if not.</p>
                <pre><code>assert :attr:`x`</code></pre>
                <table><tr><th>Name</th><th>Description</th></tr>
                <tr><td><code>params</code></td><td>Sent in the query string for the :class:<code>Request</code>.</td></tr></table>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "models.html");

        assertThat(doc.sections().getFirst().text())
                .startsWith("Returns True if `status_code` is less than 400, False if not.\n\n```\nassert :attr:`x`\n```")
                .endsWith("Sent in the query string for the `Request`. |");
    }
}
