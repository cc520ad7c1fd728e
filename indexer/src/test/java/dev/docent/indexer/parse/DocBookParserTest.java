package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocBookParserTest {

    private static ParsedDocument parse(String docBook) throws Exception {
        return new DocBookParser().parse(docBook.getBytes(StandardCharsets.UTF_8), "page.xml");
    }

    private static String text(ParsedDocument doc) {
        return String.join("\n\n", doc.sections().stream().map(Section::text).toList());
    }

    @Test
    void aChapterReadsAsItsHtmlShowsIt() throws Exception {
        ParsedDocument doc = parse("""
                <?xml version='1.0' encoding='utf-8' ?>
                <!DOCTYPE chapter [
                <!ENTITY PRODUCT "Publican">
                <!ENTITY % BOOK_ENTITIES SYSTEM "Users_Guide.ent">
                %BOOK_ENTITIES;
                ]>
                <chapter xml:id="chap-Installing" version="5.0" xmlns="http://docbook.org/ns/docbook"
                         xmlns:xlink="http://www.w3.org/1999/xlink">
                  <info><title>Installing &PRODUCT;</title><author>Jane Writer</author></info>
                  <indexterm><primary>installing</primary></indexterm>
                  <para>
                    Install &PRODUCT; with <command>apt-get install publican</command>, then run
                    <command>publican</command> <option>--help</option>. See <xref linkend="sect-Config"/>
                    or <link xlink:href="https://publican.example/">the project's site</link>.<remark>Check this.</remark>
                  </para>
                  <note><para>You need <filename>/etc/publican.cfg</filename>.</para></note>
                  <procedure><step><para>Install the package:</para>
                  <screen><prompt>$</prompt> <command>apt-get install publican</command></screen></step></procedure>
                  <section xml:id="sect-Config">
                    <title>Configuring &PRODUCT;</title>
                    <programlisting language="bash"><![CDATA[publican build --formats=html --langs=en-US
                # <builds> land here]]></programlisting>
                    <variablelist>
                      <varlistentry><term><parameter>brand</parameter></term>
                        <listitem><para>The brand the book uses.</para></listitem></varlistentry>
                    </variablelist>
                    <itemizedlist><listitem><para>One</para></listitem><listitem><para>Two</para></listitem></itemizedlist>
                    <table><title>Formats</title><tgroup cols="2"><colspec colname="c1"/>
                      <thead><row><entry>Format</entry><entry>Option</entry></row></thead>
                      <tbody><row><entry>PDF</entry><entry><literal>pdf</literal></entry></row></tbody>
                    </tgroup></table>
                  </section>
                </chapter>
                """);

        assertThat(doc.title()).isEqualTo("Installing Publican");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Configuring Publican"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("", "sect-Config");
        assertThat(doc.sections().getFirst().text()).contains(
                "Install Publican with `apt-get install publican`, then run `publican` `--help`. See Configuring Publican or the project's site.",
                "Note:", "You need `/etc/publican.cfg`.", "1. Install the package: `$ apt-get install publican`")
                .doesNotContain("`$`");
        assertThat(doc.sections().get(1).text()).contains(
                "publican build --formats=html --langs=en-US\n# <builds> land here", "`brand`", "The brand the book uses.",
                "- One", "- Two", "| Format | Option |", "| PDF | `pdf` |");
        assertThat(text(doc)).doesNotContain("Jane Writer", "installing\n", "Check this", "BOOK_ENTITIES", "]>");
    }

    @Test
    void aReferenceEntryIsNamedByItsTitleWithItsPurposeAndSynopsis() throws Exception {
        ParsedDocument doc = parse("""
                <!-- doc/src/sgml/ref/alter_table.sgml -->
                <refentry id="sql-altertable">
                 <indexterm zone="sql-altertable"><primary>ALTER TABLE</primary></indexterm>
                 <refmeta><refentrytitle>ALTER TABLE</refentrytitle><manvolnum>7</manvolnum>
                  <refmiscinfo>SQL - Language Statements</refmiscinfo></refmeta>
                 <refnamediv><refname>ALTER TABLE</refname><refpurpose>change the definition of a table</refpurpose></refnamediv>
                 <refsynopsisdiv>
                <synopsis>ALTER TABLE [ IF EXISTS ] <replaceable class="parameter">name</replaceable>
                    <replaceable class="parameter">action</replaceable> [, ... ]</synopsis>
                 </refsynopsisdiv>
                 <refsect1><title>Description</title>
                  <para><command>ALTER TABLE</command> changes the definition of an existing table&mdash;see
                   <xref linkend="ddl-alter"/>.</para>
                  <cmdsynopsis><command>pg_dump</command><arg choice="opt"><option>-a</option></arg>
                   <arg choice="req" rep="repeat"><replaceable>dbname</replaceable></arg></cmdsynopsis>
                 </refsect1>
                </refentry>
                """);

        assertThat(doc.title()).isEqualTo("ALTER TABLE");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Synopsis"),
                List.of("Description"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("ALTER TABLE — change the definition of a table");
        assertThat(doc.sections().get(1).text()).contains("ALTER TABLE [ IF EXISTS ] name\n    action [, ... ]");
        assertThat(doc.sections().get(2).text()).contains(
                "`ALTER TABLE` changes the definition of an existing table—see ddl-alter.", "pg_dump [-a] {dbname}...");
        assertThat(text(doc)).doesNotContain("manvolnum", "Language Statements", "7\n");
    }

    @Test
    void aFaqsQuestionsAreItsSectionsAndCalloutsKeepTheirLabel() throws Exception {
        ParsedDocument doc = parse("""
                <article>
                 <title>FAQ</title>
                 <qandaset>
                  <qandaentry id="faq-brand"><question><para>How do I change the brand?</para></question>
                   <answer><para>Set <varname>brand</varname> in the <filename>publican.cfg</filename> file.</para>
                    <warning><title>Rebuild</title><para>Run <command>publican clean</command> first.</para></warning>
                   </answer></qandaentry>
                 </qandaset>
                 <formalpara><title>Languages</title><para>Books build in <quote>en-US</quote> by default.<footnote>
                  <para>Any language code works.</para></footnote></para></formalpara>
                </article>
                """);

        assertThat(doc.title()).isEqualTo("FAQ");
        assertThat(doc.sections()).extracting(Section::headings).contains(List.of("How do I change the brand?"));
        Section question = doc.sections().stream().filter(s -> s.headings().equals(List.of("How do I change the brand?")))
                .findFirst().orElseThrow();
        assertThat(question.anchor()).isEqualTo("faq-brand");
        assertThat(question.text()).contains("Set `brand` in the `publican.cfg` file.", "Rebuild:", "Run `publican clean` first.");
        assertThat(text(doc)).contains("Languages. Books build in “en-US” by default. (Any language code works.)");
    }

    @Test
    void markupNestedThousandsDeepIsReadOnAnOrdinaryThreadsStack() throws Exception {
        String deep = "<chapter><title>Deep</title>" + "<blockquote>".repeat(20_000) + "<para>Still read.</para>"
                + "</blockquote>".repeat(20_000) + "</chapter>";

        assertThat(SmallStack.run(() -> text(parse(deep)))).contains("Still read.");
    }

    @Test
    void aPrologueOfSpacesAndDeclarationsNothingClosesIsReadInOnePass() throws Exception {
        String page = " ".repeat(100_000) + "<!DOCTYPE chapter [" + "<!ENTITY a \"".repeat(20_000) + "]>\n"
                + "<chapter><title>Prologue</title><para>Still read.</para></chapter>";

        assertThat(text(parse(page))).contains("Still read.");
    }

    @Test
    void entitiesThatNameEachOtherWithoutEndFailThePageClearly() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE chapter [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 5; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(100)).append("\">\n");
        }
        laughs.append("]>\n<chapter><title>Laughs</title><para>&l5;</para></chapter>");

        assertThatThrownBy(() -> parse(laughs.toString())).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("entities expand");
    }
}
