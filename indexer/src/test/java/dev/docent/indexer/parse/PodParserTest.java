package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodParserTest {

    private final PodParser parser = new PodParser();

    @Test
    void aManualPageIsNamedByItsNameSectionAndItsOptionsAreSectionsOfTheirOwn() throws Exception {
        String pod = """
                =pod

                =head1 NAME

                SSL_CTX_new, SSL_CTX_up_ref - create a new
                SSL_CTX object

                =head1 SYNOPSIS

                 #include <openssl/ssl.h>

                 SSL_CTX *SSL_CTX_new(const SSL_METHOD *method);

                =head1 DESCRIPTION

                SSL_CTX_new() creates a new B<SSL_CTX> object, see L<SSL_CTX_free(3)> and
                L<the TLS guide|ossl-guide-tls-introduction(7)>. Use C<< $a <=> $b >> or C<a E<lt> b> to compare.X<SSL_CTX, creating>

                =head1 OPTIONS

                =over 4

                =item B<-verify> I<depth>

                Turn on peer certificate verification.

                {- $OpenSSL::safe::opt_v_item -}
                {- output_off() if $disabled{"deprecated-3.0"}; "" -}

                =item *

                A bullet.

                =back

                =begin html

                <p>Only in HTML.</p>

                =end html

                =for man .TH

                =head1 COPYRIGHT

                Copyright 2000-2024 The OpenSSL Project Authors.

                =cut
                """;

        ParsedDocument doc = parser.parse(pod.getBytes(StandardCharsets.UTF_8), "SSL_CTX_new.pod");

        assertThat(doc.title()).isEqualTo("SSL_CTX_new, SSL_CTX_up_ref - create a new SSL_CTX object");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("SYNOPSIS"), List.of("DESCRIPTION"),
                List.of("OPTIONS", "-verify depth"), List.of("COPYRIGHT"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("```\n#include <openssl/ssl.h>\n\nSSL_CTX *SSL_CTX_new(const SSL_METHOD *method);\n```");
        assertThat(doc.sections().get(1).text()).isEqualTo("SSL_CTX_new() creates a new SSL_CTX object, see SSL_CTX_free(3) and\n"
                + "the TLS guide. Use `$a <=> $b` or `a < b` to compare.");
        assertThat(doc.sections().get(2).text()).contains("Turn on peer certificate verification.", "- A bullet.");
        assertThat(doc.sections().toString()).doesNotContain("Only in HTML", ".TH", "=over", "=back", "creating", "OpenSSL::safe",
                "output_off");
    }

    @Test
    void aFileWithoutPodCommandsIsReportedAsUnreadable() {
        assertThatThrownBy(() -> parser.parse("Just text.".getBytes(StandardCharsets.UTF_8), "notes.pod"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("POD");
    }
}
