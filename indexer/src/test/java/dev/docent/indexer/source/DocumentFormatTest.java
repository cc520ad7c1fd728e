package dev.docent.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void aFilesNameSaysItsFormatWhateverSpellingOfTheExtensionItUses() {
        for (String markdown : new String[] {"a.md", "a.markdown", "a.mdown", "a.mkd", "a.mkdn", "a.mdwn", "a.qmd", "a.Rmd", "a.mdoc", "a.livemd", "a.Rmarkdown", "a.ronn"}) {
            assertThat(DocumentFormat.ofFileName(markdown)).as(markdown).contains(DocumentFormat.MARKDOWN);
        }
        assertThat(DocumentFormat.ofFileName("guide.rest")).contains(DocumentFormat.RESTRUCTURED_TEXT);
        assertThat(DocumentFormat.ofFileName("book/01-introduction/sections/about-version-control.asc")).contains(DocumentFormat.ASCIIDOC);
        assertThat(DocumentFormat.ofFileName("page.xhtml")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.ofFileName("man/filter.Rd")).contains(DocumentFormat.R_DOCUMENTATION);
        assertThat(DocumentFormat.ofFileName("doc/man1/openssl-verify.pod.in")).contains(DocumentFormat.POD);
        assertThat(DocumentFormat.ofFileName("docs/magit.org")).contains(DocumentFormat.ORG);
        assertThat(DocumentFormat.ofFileName("doc/command_line_usage.rdoc")).contains(DocumentFormat.RDOC);
        for (String manPage : new String[] {"man/tmux.1", "ssh_config.5", "doc/man3/SSL_new.3", "zshall.man"}) {
            assertThat(DocumentFormat.ofFileName(manPage)).as(manPage).contains(DocumentFormat.MAN_PAGE);
        }
        for (String texinfo : new String[] {"doc/make.texi", "bash.texinfo", "gawk.txi"}) {
            assertThat(DocumentFormat.ofFileName(texinfo)).as(texinfo).contains(DocumentFormat.TEXINFO);
        }
        assertThat(DocumentFormat.ofFileName("Installation.mediawiki")).contains(DocumentFormat.MEDIAWIKI);
        assertThat(DocumentFormat.ofFileName("Setup.wiki")).contains(DocumentFormat.MEDIAWIKI);
        assertThat(DocumentFormat.ofFileName("Roles.textile")).contains(DocumentFormat.TEXTILE);
        assertThat(DocumentFormat.ofFileName("Home.creole")).contains(DocumentFormat.CREOLE);
        for (String latex : new String[] {"doc/manual.tex", "guide.latex", "book.ltx", "vignettes/intro.Rnw", "old.Snw"}) {
            assertThat(DocumentFormat.ofFileName(latex)).as(latex).contains(DocumentFormat.LATEX);
        }
        assertThat(DocumentFormat.ofFileName("configure.in")).isEqualTo(Optional.empty());
        for (String apiDescription : new String[] {"openapi.yaml", "api/openapi.json", "swagger.json", "petstore.openapi.yml", "v2/Swagger.YAML"}) {
            assertThat(DocumentFormat.ofFileName(apiDescription)).as(apiDescription).contains(DocumentFormat.OPENAPI);
        }
        for (String data : new String[] {"package.json", "mkdocs.yml", "_data/nav.yaml", "openapi/config.json"}) {
            assertThat(DocumentFormat.ofFileName(data)).as(data).isEmpty();
        }
        assertThat(DocumentFormat.ofFileName("logo.png")).isEmpty();
        assertThat(DocumentFormat.ofFileName("docs.d/README")).isEmpty();
    }
}
