package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnrenderedRolesTest {

    @Test
    void aRoleLeftBeforeCodeGoesInProseAndTableCellsAndTheCodeStays() throws Exception {
        String text = sectionText("""
                <p>Returns True if :attr:<code>status_code</code> is less than 400 (see :py:meth:<code>Session.send</code>).</p>
                <table><tr><th>Name</th><th>Description</th></tr>
                <tr><td><code>params</code></td><td>Sent in the query string for the :class:<code>Request</code>.</td></tr></table>
                """);

        assertThat(text).startsWith("Returns True if `status_code` is less than 400 (see `Session.send`).")
                .endsWith("Sent in the query string for the `Request`. |");
    }

    @Test
    void aRoleInsideCodeOrInALiteralBlockAndOtherColonsStay() throws Exception {
        String text = sectionText("""
                <p>Write <code>:py:class:`zipfile.ZipFile`</code> to link a class.</p>
                <pre>Links to Trac tickets: :ticket:`12345`</pre>
                <p>Set it to:<code>true</code> or note: <code>false</code>.</p>
                """);

        assertThat(text).contains("`` :py:class:`zipfile.ZipFile` ``", ":ticket:`12345`", "Set it to:`true` or note: `false`.");
    }

    private static String sectionText(String body) throws Exception {
        String html = "<html><body><h1>Models</h1><h2 id=\"ok\">ok</h2>" + body + "</body></html>";
        return new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "models.html").sections().getFirst().text();
    }
}
