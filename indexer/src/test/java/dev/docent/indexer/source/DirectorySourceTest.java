package dev.docent.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.docent.indexer.parse.OpenApiParser;
import dev.docent.indexer.parse.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {

    @TempDir
    Path docs;

    @Test
    void listsEveryReadableFormatWithStableIdsAndPublicUrls() throws Exception {
        Files.createDirectories(docs.resolve("billing"));
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve("billing/plans.md"), "# Plans");
        Files.writeString(docs.resolve("billing/tabs.mdx"), "# Tabs");
        Files.writeString(docs.resolve("conf.rst"), "Conf\n====");
        Files.writeString(docs.resolve("ops.adoc"), "= Ops");
        Files.writeString(docs.resolve("faq.txt"), "FAQ");
        Files.writeString(docs.resolve("guide.html"), "<p>Guide</p>");
        Files.writeString(docs.resolve("manual.pdf"), "%PDF");
        Files.writeString(docs.resolve("tutorial.ipynb"), "{\"cells\": []}");
        Files.writeString(docs.resolve("quarto.qmd"), "# Quarto");
        Files.writeString(docs.resolve("vignette.Rmd"), "# Vignette");
        Files.writeString(docs.resolve("filter.Rd"), "\\name{filter}");
        Files.writeString(docs.resolve("webhooks.mdoc"), "# Webhooks");
        Files.writeString(docs.resolve("verify.pod.in"), "=head1 NAME");
        Files.writeString(docs.resolve("magit.org"), "* Magit");
        Files.writeString(docs.resolve("openapi.yaml"), "openapi: 3.1.0");
        Files.writeString(docs.resolve("mkdocs.yml"), "site_name: Docs");
        Files.writeString(docs.resolve("package.json"), "{}");
        Files.writeString(docs.resolve("logo.png"), "not text");
        Files.writeString(docs.resolve(".git/HEAD.md"), "hidden");

        var documents = new DirectorySource(docs, "https://docs.example").list();

        assertThat(documents).extracting(SourceDocument::id)
                .containsExactly("billing/plans.md", "billing/tabs.mdx", "conf.rst", "faq.txt", "filter.Rd", "guide.html",
                        "magit.org", "manual.pdf", "openapi.yaml", "ops.adoc", "quarto.qmd", "tutorial.ipynb", "verify.pod.in", "vignette.Rmd",
                        "webhooks.mdoc");
        assertThat(documents).extracting(SourceDocument::format).containsExactly(DocumentFormat.MARKDOWN, DocumentFormat.MDX,
                DocumentFormat.RESTRUCTURED_TEXT, DocumentFormat.TEXT, DocumentFormat.R_DOCUMENTATION, DocumentFormat.HTML,
                DocumentFormat.ORG, DocumentFormat.PDF, DocumentFormat.OPENAPI, DocumentFormat.ASCIIDOC, DocumentFormat.MARKDOWN,
                DocumentFormat.NOTEBOOK, DocumentFormat.POD, DocumentFormat.MARKDOWN, DocumentFormat.MARKDOWN);
        assertThat(documents).extracting(SourceDocument::url).containsExactly("https://docs.example/billing/plans",
                "https://docs.example/billing/tabs", "https://docs.example/conf", "https://docs.example/faq",
                "https://docs.example/filter", "https://docs.example/guide", "https://docs.example/magit", "https://docs.example/manual.pdf",
                "https://docs.example/openapi", "https://docs.example/ops", "https://docs.example/quarto", "https://docs.example/tutorial",
                "https://docs.example/verify", "https://docs.example/vignette", "https://docs.example/webhooks");
        assertThat(new String(documents.getFirst().content().read())).isEqualTo("# Plans");
    }

    @Test
    void aSphinxBuildIsReadWithoutItsSourceCopiesListingsAssetsAndIndexPages() throws Exception {
        writePages("searchindex.js", "index.html", "genindex.html", "search.html", "py-modindex.html",
                "user/quickstart.html", "_sources/user/quickstart.rst.txt", "_modules/requests/api.html",
                "_static/webpack-macros.html");
        Path sources = Files.createDirectories(docs.resolve("src"));
        Files.writeString(sources.resolve("search.html"), "<p>How search works</p>");
        Files.createDirectories(sources.resolve("_modules"));
        Files.writeString(sources.resolve("_modules/loading.md"), "# Loading modules");

        var documents = new DirectorySource(docs, "https://docs.example").list();

        assertThat(documents).extracting(SourceDocument::id)
                .containsExactly("index.html", "src/_modules/loading.md", "src/search.html", "user/quickstart.html");
    }


    @Test
    void aRustdocBuildIsReadWithoutItsSourceListingsAndNavigationPages() throws Exception {
        writePages("crates.js", "syn/struct.DeriveInput.html", "syn/all.html", "help.html",
                "src/syn/derive.rs.html", "src/syn/lib.rs.html");
        Files.createDirectories(docs.resolve("guide"));
        Files.writeString(docs.resolve("guide/all.html"), "<p>All about the guide</p>");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("syn/struct.DeriveInput.html");

        Files.delete(docs.resolve("crates.js"));
        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .contains("syn/all.html", "help.html", "guide/all.html").doesNotContain("src/syn/lib.rs.html");
    }
    @Test
    void aJavadocBuildIsReadWithoutItsUsesOfPagesIndexesListsAndSourceListings() throws Exception {
        writePages("element-list", "index.html", "index-all.html", "allclasses-index.html",
                "overview-tree.html", "org/jsoup/nodes/Element.html", "org/jsoup/nodes/package-summary.html",
                "org/jsoup/nodes/package-tree.html", "org/jsoup/nodes/class-use/Element.html", "index-files/index-1.html",
                "src-html/org/jsoup/nodes/Element.html", "org/jsoup/nodes/src-html/notes.html");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("index.html", "org/jsoup/nodes/Element.html", "org/jsoup/nodes/package-summary.html",
                        "org/jsoup/nodes/src-html/notes.html");

        Files.delete(docs.resolve("element-list"));
        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .contains("index-all.html", "org/jsoup/nodes/class-use/Element.html", "src-html/org/jsoup/nodes/Element.html");
    }

    @Test
    void anMdBookIsReadWithoutItsOnePageCopyTableOfContentsAndNotFoundPage() throws Exception {
        writePages("book/book.js", "book/ch01-01-installation.html", "book/print.html",
                "book/toc.html", "book/404.html", "site/print.html");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("book/ch01-01-installation.html", "site/print.html");
    }

    @Test
    void aPagesMarkupBesideItsHtmlIsReadOnceAsTheHtmlUnlessAnotherPageIncludesIt() throws Exception {
        Files.writeString(docs.resolve("git-stash.txt"), "git-stash(1)\n============\n\ninclude::stash-options.txt[]\n");
        Files.writeString(docs.resolve("git-stash.html"), "<h1>git-stash(1) Manual Page</h1>");
        Files.writeString(docs.resolve("stash-options.txt"), "--keep-index::\n\tKeep the index.\n");
        Files.writeString(docs.resolve("stash-options.html"), "<p>Options</p>");
        Files.writeString(docs.resolve("faq.md"), "# FAQ");
        Files.writeString(docs.resolve("faq.pdf"), "%PDF");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("faq.md", "faq.pdf", "git-stash.html", "stash-options.html");
    }

    @Test
    void aLinkToAListedPageIsThatPageAgainButALinkToAPageOutsideIsRead(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("shared.md"), "# Shared");
        Files.writeString(docs.resolve("git.html"), "<h1>git(1)</h1>");
        Files.createSymbolicLink(docs.resolve("index.html"), docs.resolve("git.html"));
        Files.createSymbolicLink(docs.resolve("shared.md"), outside.resolve("shared.md"));

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("git.html", "shared.md");
    }

    @Test
    void aHaddockBuildIsReadWithoutItsSourceListingsIndexesFramesAndHoogleDatabase() throws Exception {
        writePages("base/haddock-bundle.min.js", "base/index.html", "base/Data-List.html",
                "base/doc-index.html", "base/doc-index-A.html", "base/mini_Data-List.html", "base/base.txt",
                "base/src/Data-List.html", "guide/src/setup.html", "guide/notes.txt");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("base/Data-List.html", "base/index.html", "guide/notes.txt", "guide/src/setup.html");
    }

    @Test
    void aDoxygenBuildIsReadWithoutItsSourceListingsMemberListsAndIndexes() throws Exception {
        writePages("api/doxygen.css", "api/index.html", "api/pages.html", "api/globals_func_c.html", "api/functions_vars.html",
                "api/files.html", "api/annotated.html", "api/dir_d44c64.html", "api/d6/d30/_s_d_l__render_8h.html",
                "api/d6/d30/_s_d_l__render_8h_source.html", "api/dd/d1f/struct_s_d_l___rect.html",
                "api/dd/d1f/struct_s_d_l___rect-members.html", "guide/files.html", "guide/open_source.html");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id).containsExactly(
                "api/d6/d30/_s_d_l__render_8h.html", "api/dd/d1f/struct_s_d_l___rect.html", "api/index.html", "api/pages.html",
                "guide/files.html", "guide/open_source.html");
    }

    @Test
    void aQuartoProjectIsReadFromItsPagesWithoutWhatItRenderedOrThePartialsItDoesNotRender() throws Exception {
        writePages("site/_quarto.yml", "site/index.qmd", "site/guide/setup.qmd", "site/_site/index.html", "site/_site/guide/setup.html",
                "site/_freeze/guide/setup/execute-results/html.html", "book/_quarto.yml", "book/intro.qmd", "book/_book/intro.html",
                "pages/_quarto.yml", "pages/about.qmd", "pages/docs/about.html", "notes/_site/todo.html", "site/guide/_notes.qmd",
                "site/_drafts/plan.qmd", "book/_appendix.Rmd", "hugo/_index.md");
        Files.writeString(docs.resolve("pages/_quarto.yml"), "project:\n  type: website\n  output-dir: docs\n");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id).containsExactly(
                "book/intro.qmd", "hugo/_index.md", "notes/_site/todo.html", "pages/about.qmd", "site/guide/setup.qmd",
                "site/index.qmd");
    }

    @Test
    void anRPackageIsReadFromItsHelpFilesAndVignettesWithoutThePkgdownSiteBuiltFromThem() throws Exception {
        writePages("pkg/DESCRIPTION", "pkg/man/filter.Rd", "pkg/vignettes/intro.Rmd", "pkg/docs/pkgdown.yml",
                "pkg/docs/reference/filter.html", "pkg/docs/articles/intro.html", "site/pkgdown.yml", "site/index.html");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id).containsExactly(
                "pkg/man/filter.Rd", "pkg/vignettes/intro.Rmd", "site/index.html");
    }

    @Test
    void aQuartoPageRenderedBesideItselfIsReadOnceAsItsHtml() throws Exception {
        writePages("report.qmd", "report.html", "notes.Rmd");

        assertThat(new DirectorySource(docs, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("notes.Rmd", "report.html");
    }

    @Test
    void anApiDescriptionIsKnownByItsOpeningWhenItsNameDoesNotSayItIsOne() throws Exception {
        Files.createDirectories(docs.resolve("reference"));
        Files.writeString(docs.resolve("api.yaml"), "# Payments API\nopenapi: 3.1.0\ninfo: {title: Payments}\n");
        Files.writeString(docs.resolve("reference/v2.json"), "{\n  \"info\": {\"title\": \"V2\"},\n  \"swagger\": \"2.0\"\n}");
        Files.writeString(docs.resolve("_config.yml"), "title: Docs\nopenapi_docs: true\n");
        Files.writeString(docs.resolve("data.json"), "{\"openapi\": \"not a version\"}");

        var documents = new DirectorySource(docs, null).list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("api.yaml", "reference/v2.json");
        assertThat(documents).extracting(SourceDocument::format).containsOnly(DocumentFormat.OPENAPI);
    }

    @Test
    void aDocBookPageIsKnownByItsOpeningAndReadsTheEntityFileItsDocumentTypeNames(@TempDir Path outside) throws Exception {
        Files.createDirectories(docs.resolve("en-US"));
        Files.createDirectories(docs.resolve("sgml/ref"));
        Files.writeString(docs.resolve("en-US/Book.ent"), "<!ENTITY PRODUCT \"Publican\">\n");
        Files.writeString(outside.resolve("secret.ent"), "<!ENTITY SECRET \"from outside\">\n");
        Files.writeString(docs.resolve("en-US/Installing.xml"), """
                <?xml version='1.0' encoding='utf-8' ?>
                <!DOCTYPE chapter [
                <!ENTITY % BOOK_ENTITIES SYSTEM "Book.ent">
                %BOOK_ENTITIES;
                <!ENTITY % OUTSIDE SYSTEM "OUTSIDE_FILE">
                %OUTSIDE;
                ]>
                <chapter xmlns="http://docbook.org/ns/docbook"><title>Installing &PRODUCT;</title><para>&SECRET;</para></chapter>
                """.replace("OUTSIDE_FILE", outside.resolve("secret.ent").toString()));
        Files.writeString(docs.resolve("sgml/ref/alter_table.sgml"),
                "<!-- doc/src/sgml/ref/alter_table.sgml -->\n<refentry id=\"sql-altertable\">\n <refmeta>\n"
                        + "  <refentrytitle>ALTER TABLE</refentrytitle>\n </refmeta>\n</refentry>\n");
        Files.writeString(docs.resolve("manual.dbk"), "<article><title>Manual</title></article>");
        Files.writeString(docs.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>");
        Files.writeString(docs.resolve("feed.xml"), "<rss><channel><title>News</title></channel></rss>");
        Files.writeString(docs.resolve("config.xml"), "<section name=\"server\"><port>80</port></section>");
        Files.writeString(docs.resolve("linuxdoc.sgml"), "<!doctype linuxdoc system>\n<article><title>HOWTO</title>");

        var documents = new DirectorySource(docs, null).list();

        assertThat(documents).extracting(SourceDocument::id)
                .containsExactly("en-US/Installing.xml", "manual.dbk", "sgml/ref/alter_table.sgml");
        assertThat(documents).extracting(SourceDocument::format).containsOnly(DocumentFormat.DOCBOOK);
        String chapter = new String(documents.getFirst().content().read());
        assertThat(chapter).contains("<!ENTITY PRODUCT \"Publican\">").doesNotContain("from outside");
        assertThat(new DirectorySource(docs, null).unreadDocumentation()).containsExactly(entry(".sgml", 1));
    }

    @Test
    void aDocBookPageShowsTheCodeAndSharedPartsItIncludesWhichAreNoPagesButAnIncludedChapterIs() throws Exception {
        Files.createDirectories(docs.resolve("en-US/extras"));
        String xi = "xmlns:xi=\"http://www.w3.org/2001/XInclude\"";
        Files.writeString(docs.resolve("en-US/Book.xml"), "<book xmlns=\"http://docbook.org/ns/docbook\"><title>Guide</title>"
                + "<xi:include href=\"Building.xml\" " + xi + "/></book>");
        Files.writeString(docs.resolve("en-US/Building.xml"), """
                <?xml version='1.0' encoding='utf-8' ?>
                <chapter xmlns="http://docbook.org/ns/docbook"><title>Building</title>
                <programlisting><xi:include parse="text" href="extras/publican.cfg" XI/></programlisting>
                <xi:include href="Permitted.xml" XI/>
                <xi:include href="Missing.xml" XI/>
                <xi:include href="Building.xml" xpointer="xpointer(//para)" XI/>
                </chapter>
                """.replace("XI", xi));
        Files.writeString(docs.resolve("en-US/Permitted.xml"), """
                <?xml version='1.0' encoding='utf-8' ?>
                <!DOCTYPE important [ <!ENTITY PRODUCT "Publican"> ]>
                <important xmlns="http://docbook.org/ns/docbook"><title>Permitted characters</title>
                <para>Use letters and numbers only.</para><xi:include href="Numbers.xml" XI/></important>
                """.replace("XI", xi));
        Files.writeString(docs.resolve("en-US/Numbers.xml"), "<para xmlns=\"http://docbook.org/ns/docbook\">Numbers: 0 to 9.</para>");
        Files.writeString(docs.resolve("en-US/extras/publican.cfg"), "xml_lang: en-US\nbrand: <common>\n");

        var documents = new DirectorySource(docs, null).list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("en-US/Book.xml", "en-US/Building.xml");
        String chapter = new String(documents.get(1).content().read());
        assertThat(chapter).contains("<programlisting>xml_lang: en-US\nbrand: &lt;common&gt;</programlisting>",
                        "<important xmlns=\"http://docbook.org/ns/docbook\"><title>Permitted characters</title>",
                        "<xi:include href=\"Missing.xml\"", "xpointer=", "<para xmlns=\"http://docbook.org/ns/docbook\">Numbers: 0 to 9.</para>")
                .doesNotContain("<!DOCTYPE important");
        String book = new String(documents.getFirst().content().read());
        assertThat(book).doesNotContain("xi:include", "Building</title>");
    }

    @Test
    void anApiDescriptionSplitOverFilesIsReadAsOneItsMarkdownIntroductionNoPageOfItsOwnAndReferencesItCannotFollowShownByName(@TempDir Path outside) throws Exception {
        Files.createDirectories(docs.resolve("openapi/paths"));
        Files.createDirectories(docs.resolve("openapi/components/schemas"));
        Files.writeString(outside.resolve("Secret.yaml"), "type: object\nproperties: {token: {type: string, description: Not ours.}}\n");
        Files.writeString(docs.resolve("openapi/openapi.yaml"), """
                openapi: 3.1.0
                info:
                  title: Trains
                  description:
                    $ref: ./introduction.md
                paths:
                  /bookings:
                    $ref: paths/bookings.yaml
                  /trips:
                    $ref: 'paths/missing.yaml'
                  /users/{id}:
                    $ref: 'paths/users%%40%%7Bid%%7D.yaml'
                components:
                  schemas:
                    Leaked:
                      $ref: %s
                    Unnamable:
                      $ref: "bad\\0name.yaml"
                """.formatted(outside.resolve("Secret.yaml")));
        Files.writeString(docs.resolve("openapi/introduction.md"), "Book seats on any train in the network.\n");
        Files.writeString(docs.resolve("openapi/paths/users@{id}.yaml"), "get: {summary: Get a traveller, description: A traveller and their bookings.}\n");
        Files.writeString(docs.resolve("openapi/paths/bookings.yaml"), """
                post:
                  summary: Create a booking
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: ../components/schemas/Booking.yaml
                  responses:
                    '409':
                      $ref: '#/components/responses/Conflict'
                components:
                  responses:
                    Conflict: {description: The seat is taken}
                """);
        Files.writeString(docs.resolve("openapi/components/schemas/Booking.yaml"), """
                type: object
                required: [trip_id]
                properties:
                  trip_id: {type: string, description: The trip to book.}
                  passenger:
                    $ref: '#/$defs/Passenger'
                  previous:
                    $ref: Booking.yaml
                $defs:
                  Passenger: {type: object, properties: {name: {type: string, description: As on the ticket.}}}
                """);

        var documents = new DirectorySource(docs, null).list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("openapi/openapi.yaml");
        String page = new OpenApiParser().parse(documents.getFirst().content().read(), "openapi.yaml").sections().stream()
                .map(Section::text).collect(Collectors.joining("\n\n"));
        assertThat(page).contains("Book seats on any train in the network.", "A traveller and their bookings.",
                "`trip_id` (string, required): The trip to book.", "`passenger.name` (string): As on the ticket.",
                "`409`: The seat is taken").doesNotContain("Not ours");
    }

    @Test
    void aMintlifyEndpointPageShowsTheOperationItsFrontMatterNamesAndTheDescriptionItShowsIsNoPageOfItsOwn() throws Exception {
        Files.createDirectories(docs.resolve("api-reference/endpoint"));
        Files.writeString(docs.resolve("api-reference/openapi.json"), """
                {"openapi": "3.1.0", "info": {"title": "Plants"}, "paths": {"/plants": {"post": {"summary": "Create a plant",
                  "requestBody": {"content": {"application/json": {"schema": {"required": ["name"],
                    "properties": {"name": {"type": "string", "description": "What to call it."}}}}}},
                  "responses": {"409": {"description": "A plant of that name exists"}}}}}}
                """);
        Files.writeString(docs.resolve("orders-openapi.yaml"), "openapi: 3.0.0\ninfo: {title: Orders}\npaths:\n"
                + "  /orders: {get: {summary: List orders}, post: {summary: Place an order}}\n");
        Files.writeString(docs.resolve("api-reference/endpoint/orders.md"), "---\nopenapi: GET /orders\n---\n");
        Files.writeString(docs.resolve("api-reference/endpoint/create.mdx"), "---\ntitle: 'Create Plant'\nopenapi: 'POST /plants'\n---\n");
        Files.writeString(docs.resolve("api-reference/endpoint/named.mdx"),
                "---\ntitle: Named\nopenapi: \"api-reference/openapi.json post /plants\"\n---\n\nSee also the guide.\n");
        Files.writeString(docs.resolve("api-reference/endpoint/missing.mdx"), "---\ntitle: Gone\nopenapi: DELETE /plants\n---\n\nGone.\n");

        var documents = new DirectorySource(docs, "https://docs.example").list();

        assertThat(documents).extracting(SourceDocument::id).as("a description with an operation no page shows stays a page")
                .containsExactly("api-reference/endpoint/create.mdx", "api-reference/endpoint/missing.mdx",
                        "api-reference/endpoint/named.mdx", "api-reference/endpoint/orders.md", "orders-openapi.yaml");
        assertThat(new String(documents.get(0).content().read())).startsWith("---\ntitle: 'Create Plant'")
                .contains("Request body (`application/json`, object)\n\n- `name` (string, required): What to call it.")
                .contains("- `409`: A plant of that name exists");
        assertThat(new String(documents.get(2).content().read())).contains("See also the guide.\n\nRequest body");
        assertThat(new String(documents.get(1).content().read())).as("an operation the description lacks adds nothing")
                .isEqualTo("---\ntitle: Gone\nopenapi: DELETE /plants\n---\n\nGone.\n");
    }

    @Test
    void aManPageIsReadUnlessItWasBuiltFromAPageTheFolderHolds() throws Exception {
        Files.createDirectories(docs.resolve("src/commands"));
        Files.createDirectories(docs.resolve("etc/man"));
        Files.writeString(docs.resolve("src/commands/cargo-build.md"), "# cargo-build(1)\n\n## SYNOPSIS\n\n`cargo build`\n");
        Files.writeString(docs.resolve("etc/man/cargo-build.1"), ".TH CARGO-BUILD 1\n.SH SYNOPSIS\ncargo build\n");
        Files.writeString(docs.resolve("git-lfs.1.ronn"), "git-lfs(1) -- Git LFS\n\n## SYNOPSIS\n\n`git lfs`\n");
        Files.writeString(docs.resolve("git-lfs.1"), ".TH GIT-LFS 1\n.SH SYNOPSIS\ngit lfs\n");
        Files.writeString(docs.resolve("tmux.md"), "# tmux\n\nAn introduction to the terminal multiplexer.\n");
        Files.writeString(docs.resolve("etc/man/tmux.1"), ".TH TMUX 1\n.SH SYNOPSIS\ntmux\n");
        Files.writeString(docs.resolve("etc/man/ssh_config.5"), ".Dd $Mdocdate$\n.Dt SSH_CONFIG 5\n");

        var documents = new DirectorySource(docs, null).list();

        assertThat(documents).extracting(SourceDocument::id).as("a page that only shares a man page's name is not its source")
                .containsExactly("etc/man/ssh_config.5", "etc/man/tmux.1", "git-lfs.1.ronn", "src/commands/cargo-build.md", "tmux.md");
        assertThat(documents).extracting(SourceDocument::format).containsExactly(DocumentFormat.MAN_PAGE, DocumentFormat.MAN_PAGE,
                DocumentFormat.MARKDOWN, DocumentFormat.MARKDOWN, DocumentFormat.MARKDOWN);
    }

    @Test
    void aWikisPagesAreReadInEachMarkupItsPagesAreWrittenInButNotItsSidebarHeaderAndFooter() throws Exception {
        writePages("Home.md", "Installation.mediawiki", "Setup.wiki", "Roles.textile", "Notes.creole", "_Sidebar.md", "_Footer.mediawiki",
                "_Header.textile", "docs/_sidebar.md", "docs/_navbar.md", "docs/_coverpage.md", "docs/_guide.md");

        var documents = new DirectorySource(docs, "https://github.example/acme/widget/wiki").list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("Home.md", "Installation.mediawiki", "Notes.creole",
                "Roles.textile", "Setup.wiki", "docs/_guide.md");
        assertThat(documents).extracting(SourceDocument::format).containsExactly(DocumentFormat.MARKDOWN, DocumentFormat.MEDIAWIKI,
                DocumentFormat.CREOLE, DocumentFormat.TEXTILE, DocumentFormat.MEDIAWIKI, DocumentFormat.MARKDOWN);
        assertThat(documents.get(1).url()).isEqualTo("https://github.example/acme/widget/wiki/Installation");
        assertThat(new DirectorySource(docs, null).unreadDocumentation()).isEmpty();
    }

    @Test
    void aWikisMarkdownPagesLinkToEachOtherAsMarkdownDoesOutsideTheirCode() throws Exception {
        Files.writeString(docs.resolve("Home.md"), "# Widget\n\nSee [[Installation]] and [[the setup guide|Setup Guide]].[[logo.png]]\n\n"
                + "`[[menu.main]]` in code, and\n\n```toml\n[[menu.main]]\n```\n");
        Files.writeString(docs.resolve("_Sidebar.md"), "* [[Home]]\n");

        var documents = new DirectorySource(docs, null).list();

        assertThat(new String(documents.getFirst().content().read(), StandardCharsets.UTF_8)).isEqualTo(
                "# Widget\n\nSee [Installation](Installation) and [the setup guide](Setup-Guide).\n\n"
                        + "`[[menu.main]]` in code, and\n\n```toml\n[[menu.main]]\n```\n");
    }

    @Test
    void anObsidianVaultsLinksNameThePageFirstAndItsEmbedsAreLeftOut() throws Exception {
        Files.createDirectories(docs.resolve(".obsidian"));
        Files.writeString(docs.resolve("Runbook.md"), "See [[Setup Guide|the setup guide]] and [[Refunds]].\n![[diagram.png]]\n![[Other note]]\n");

        assertThat(new String(new DirectorySource(docs, null).list().getFirst().content().read(), StandardCharsets.UTF_8))
                .isEqualTo("See [the setup guide](Setup-Guide) and [Refunds](Refunds).\n\n\n");
    }

    @Test
    void aMarkdownPageOutsideAWikiKeepsItsDoubleBrackets() throws Exception {
        Files.writeString(docs.resolve("menus.md"), "Define [[menu.main]] entries.\n");

        assertThat(new String(new DirectorySource(docs, null).list().getFirst().content().read(), StandardCharsets.UTF_8))
                .isEqualTo("Define [[menu.main]] entries.\n");
    }

    @Test
    void aLatexManualIsReadButNotTheTexMacroPackagesBesideIt() throws Exception {
        Files.createDirectories(docs.resolve("doc/chapters"));
        Files.writeString(docs.resolve("doc/manual.tex"), "\\documentclass{report}\n\\begin{document}\n\\input{chapters/install}\n\\end{document}\n");
        Files.writeString(docs.resolve("doc/chapters/install.tex"), "% Installing\n\\chapter{Installation}\nRun make.\n");
        Files.writeString(docs.resolve("doc/intro.Rnw"), "\\documentclass{article}\n\\begin{document}\nHello.\n\\end{document}\n");
        Files.writeString(docs.resolve("doc/texinfo.tex"), "\\catcode`\\@=11\n\\def\\section{\\parsearg\\sectionzzz}\n");

        assertThat(new DirectorySource(docs, null).list()).extracting(SourceDocument::id)
                .containsExactly("doc/chapters/install.tex", "doc/intro.Rnw", "doc/manual.tex");
    }

    @Test
    void documentationInFormatsItDoesNotReadIsCountedByExtensionAndPicturesAndHiddenFilesAreNot() throws Exception {
        writePages("guide.md", "paper/manual.doc", "paper/appendix.doc", "guides/setup.rtf", "man/tmux.1", "logo.png", "style.css",
                ".git/HEAD.doc", "site/_site/old.doc", "site/_quarto.yml", "paper/manual.tex");

        assertThat(new DirectorySource(docs, null).unreadDocumentation()).containsExactly(entry(".doc", 2), entry(".rtf", 1));
    }

    @Test
    void urlTemplateMapsAPathToItsPublishedPage() {
        UrlTemplate template = new UrlTemplate("https://docs.example/{path}/");
        assertThat(template.urlOf("api/webhooks.md")).isEqualTo("https://docs.example/api/webhooks/");
        assertThat(new UrlTemplate("https://github.example/acme/docs/blob/main/{file}").urlOf("api/webhooks.md"))
                .isEqualTo("https://github.example/acme/docs/blob/main/api/webhooks.md");
    }

    @Test
    void missingDirectoryIsAClearError() {
        assertThatThrownBy(() -> new DirectorySource(docs.resolve("nope"), null).list())
                .isInstanceOf(NoSuchFileException.class);
    }

    /** Writes each file, its folders first, with a paragraph of HTML: what is listed depends on the names only. */
    private void writePages(String... files) throws IOException {
        for (String file : files) {
            Files.createDirectories(docs.resolve(file).getParent());
            Files.writeString(docs.resolve(file), "<p>x</p>");
        }
    }
}
