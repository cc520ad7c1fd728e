package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManPageParserTest {

    private final ManPageParser parser = new ManPageParser();

    @Test
    void aManPageIsTitledByItsNameSectionAndItsSectionsAndSubsectionsAreHeadings() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1 "2024-01-01" "frob 2.0" "User Commands"
                .SH NAME
                frob \\- rearrange
                the widgets
                .SH SYNOPSIS
                .B frob
                [\\fIoptions\\fR] \\fIfile\\fR...
                .SH DESCRIPTION
                .B frob
                rearranges widgets.
                .SS "Widget files"
                A widget file holds one widget per line.
                """);

        assertThat(doc.title()).isEqualTo("frob - rearrange the widgets");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("SYNOPSIS"), List.of("DESCRIPTION"),
                List.of("DESCRIPTION", "Widget files"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("frob\n[options] file...");
        assertThat(doc.sections().get(1).text()).isEqualTo("frob\nrearranges widgets.");
    }

    @Test
    void anOptionIsASectionOfItsOwnSoAQuestionNamingItFindsIt() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH NAME
                frob \\- rearrange widgets
                .SH OPTIONS
                .TP
                .BR \\-d ", " \\-\\-max\\-depth =\\fIn\\fR
                Descend at most
                .I n
                levels.
                .TP
                .B \\-v
                .TQ
                .B \\-\\-verbose
                Say what is done.
                .IP
                Twice says more.
                .PP
                Options can be combined.
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("OPTIONS", "-d, --max-depth=n"),
                List.of("OPTIONS", "-v, --verbose"), List.of("OPTIONS"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Descend at most\nn\nlevels.");
        assertThat(doc.sections().get(1).text()).isEqualTo("Say what is done.\n\nTwice says more.");
        assertThat(doc.sections().get(2).text()).isEqualTo("Options can be combined.");
    }

    @Test
    void podItemsDocBookTermsAndNestedOptionListsAreOptionsToo() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH OPTIONS
                .IP "\\fB\\-i\\fR \\fIfile\\fR" 4
                .PD 0
                .IP "\\fB\\-\\-input\\fR=\\fIfile\\fR" 4
                .PD
                Read widgets from \\fIfile\\fR.
                .RS 4
                .IP "\\fBcsv\\fR" 4
                Comma-separated.
                .RE
                .IP
                A file of \\- reads standard input.
                .PP
                \\-q, \\-\\-quiet
                .RS 4
                Say nothing\\&.
                .RE
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("OPTIONS", "-i file, --input=file"),
                List.of("OPTIONS", "-i file, --input=file", "csv"), List.of("OPTIONS", "-i file, --input=file"),
                List.of("OPTIONS", "-q, --quiet"));
        assertThat(doc.sections().get(2).text()).isEqualTo("A file of - reads standard input.");
        assertThat(doc.sections().get(3).text()).isEqualTo("Say nothing.");
    }

    @Test
    void bulletsAndNumbersAreListItems() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH NOTES
                .IP \\(bu 2
                Widgets are sorted.
                .IP \\(bu 2
                Gadgets are not.
                .IP 1. 4
                First step.
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("- Widgets are sorted.\n\n- Gadgets are not.\n\n1. First step.");
    }

    @Test
    void noFillBlocksAndExamplesAreCodeWithoutTheirFontEscapes() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH EXAMPLES
                Sort a file:
                .PP
                .nf
                .RS 4
                \\fB$ frob \\-\\-sort\\fR widgets.txt \\e
                      \\-o sorted.txt
                .RE
                .fi
                .EX
                # comment in a config file
                depth = 3
                .EE
                """);

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PROSE,
                TextBlock.Kind.CODE, TextBlock.Kind.CODE);
        assertThat(doc.sections().getFirst().blocks().get(1).text())
                .isEqualTo("```\n$ frob --sort widgets.txt \\\n      -o sorted.txt\n```");
        assertThat(doc.sections().getFirst().blocks().get(2).text()).isEqualTo("```\n# comment in a config file\ndepth = 3\n```");
    }

    @Test
    void escapesReadAsATerminalShowsThem() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH DESCRIPTION
                \\(lqQuoted\\(rq, \\*(lqquoted\\*(rq, \\(dqplain\\(dq and \\(aqsingle\\(aq \\(em a dash \\(en a range,
                caf\\[u00E9] and na\\(:ive\\&.
                Frob\\*R \\s-1SMALL\\s0 caps, \\f(CWcode\\fP, \\f[B]bold\\f[] and a\\ non\\~breaking space.
                Thin\\|space, a\\^hair, no\\:break, con\\c
                tinued, \\(bu bullet, a\\%hyphen, back\\eslash.
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                "Quoted", "quoted", "plain" and 'single' — a dash – a range,
                café and naïve.
                Frob® SMALL caps, code, bold and a non breaking space.
                Thinspace, ahair, nobreak, continued, • bullet, ahyphen, back\\slash.""");
    }

    @Test
    void commentsAndRequestsThatShowNothingAreLeftOut() throws Exception {
        ParsedDocument doc = parse("""
                .\\" A comment line.
                '\\" Another one.
                .TH FROB 1
                .de XX
                .B hidden
                ..
                .ig
                Ignored text.
                ..
                .ds Fr frobnicator
                .nr Wd 3
                .SH DESCRIPTION
                .ad l
                .nh
                .PD 0
                The \\*(Fr works.  \\" a comment after text
                .sp
                .ne 4
                .in +4
                .ft B
                .so other.1
                .ZZ unknown macro
                It is done.
                """);

        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().getFirst().text()).isEqualTo("The frobnicator works.\n\nIt is done.");
    }

    @Test
    void aPagesOwnMacrosReadAsTheLinesTheyStandFor() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .de Vb
                .ft CW
                .nf
                .ne \\\\$1
                ..
                .de Ve
                .ft R
                .fi
                ..
                .de Note
                \\fBNote:\\fR \\\\$1
                ..
                .SH EXAMPLE
                .Vb 2
                frob \\-a
                frob \\-b
                .Ve
                .Note "it sorts."
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("```\nfrob -a\nfrob -b\n```\n\nNote: it sorts.");
    }

    @Test
    void conditionalsReadTheBranchATerminalShows() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .ie n \\{\\
                .  ds Qt ""
                .\\}
                .el \\{\\
                .  ds Qt \\(lq
                .\\}
                .SH DESCRIPTION
                .if n Terminal text.
                .if t Typeset text.
                .ie t \\{\\
                Typeset block.
                .\\}
                .el Portable text.
                .if !\\n(.g Old troff only.
                .if '\\*(Qt'"' Quotes are plain.
                .if \\n(.g>0 \\{\\
                .  if n Nested and shown.
                .\\}
                """);

        assertThat(doc.sections().getFirst().text())
                .isEqualTo("Terminal text.\nPortable text.\nQuotes are plain.\nNested and shown.");
    }

    @Test
    void anMdocPageIsTitledByNmAndNdAndItsTagListsAreOptions() throws Exception {
        ParsedDocument doc = parse("""
                .Dd $Mdocdate: March 1 2024 $
                .Dt FROB 1
                .Os
                .Sh NAME
                .Nm frob
                .Nd rearrange widgets
                .Sh SYNOPSIS
                .Nm
                .Op Fl qv
                .Op Fl d Ar depth
                .Ar file ...
                .Sh DESCRIPTION
                The
                .Nm
                utility rearranges widgets, see
                .Xr sort 1 .
                The options are as follows:
                .Bl -tag -width Ds
                .It Fl d Ar depth , Fl -max-depth Ar depth
                Descend at most
                .Ar depth
                levels
                .Pq default Dq 3 .
                .It Cm sort Op Ar key
                Sort by
                .Ar key .
                .El
                .Pp
                For example:
                .Bd -literal -offset indent
                $ frob -d 2 widgets
                .Ed
                .Dl $ frob -q
                """);

        assertThat(doc.title()).isEqualTo("frob - rearrange widgets");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("SYNOPSIS"), List.of("DESCRIPTION"),
                List.of("DESCRIPTION", "-d depth, --max-depth depth"), List.of("DESCRIPTION", "sort [key]"), List.of("DESCRIPTION"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("frob\n[-qv]\n[-d depth]\nfile ...");
        assertThat(doc.sections().get(1).text()).isEqualTo("The\nfrob\nutility rearranges widgets, see\nsort(1).\n"
                + "The options are as follows:");
        assertThat(doc.sections().get(2).text()).isEqualTo("Descend at most\ndepth\nlevels\n(default \"3\").");
        assertThat(doc.sections().get(4).text()).isEqualTo("For example:\n\n```\n$ frob -d 2 widgets\n```\n\n```\n$ frob -q\n```");
    }

    @Test
    void anMdocTagThatGoesOnOverLinesIsOneHeadingItsWordsRunTogetherWhereSpacingIsOff() throws Exception {
        ParsedDocument doc = parse("""
                .Dd March 1 2024
                .Dt FROB 1
                .Sh COMMANDS
                .Bl -tag -width Ds
                .It Xo
                .Ic bind-key
                .Op Fl n
                .Ar key Ar command
                .Xc
                Bind
                .Ar key
                to
                .Ar command .
                .It Xo
                .Ic listen
                .Sm off
                .Oo Ar address : Oc
                .Ar port
                .Sm on
                .Xc
                Listen on
                .Ar port .
                .El
                """);

        assertThat(doc.title()).isEqualTo("FROB(1)");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("COMMANDS", "bind-key [-n] key command"),
                List.of("COMMANDS", "listen [address:]port"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Bind\nkey\nto\ncommand.");
    }

    @Test
    void mdocSentencesSystemsAndSignaturesReadAsThePageShowsThem() throws Exception {
        ParsedDocument doc = parse("""
                .Dd March 1 2024
                .Dt FROB 3
                .Sh NAME
                .Nm frob
                .Nd rearrange widgets
                .Sh DESCRIPTION
                .In frob.h
                .Ft int
                .Fn frob "struct widget *w" "int depth"
                .Ex -std
                It follows
                .St -p1003.1
                and first appeared in
                .Bx 4.4 ,
                .At v7
                and
                .Ox 7.5 .
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                \\#include <frob.h>
                int
                frob(struct widget *w, int depth)
                The frob utility exits 0 on success, and >0 if an error occurs.
                It follows
                IEEE Std 1003.1 ("POSIX.1")
                and first appeared in
                4.4BSD,
                Version 7 AT&T UNIX
                and
                OpenBSD 7.5.""");
    }

    @Test
    void mdocBulletedAndNumberedListsAreListItems() throws Exception {
        ParsedDocument doc = parse("""
                .Dd March 1 2024
                .Dt FROB 1
                .Sh FILES
                .Bl -bullet -compact
                .It
                .Pa ~/.frobrc
                .It
                .Pa /etc/frob.conf
                .El
                .Bl -enum
                .It
                Read.
                .It
                Sort.
                .El
                .Bl -tag -width Ds
                .It
                An item without a tag.
                .El
                """);

        assertThat(doc.sections().getFirst().text())
                .isEqualTo("- ~/.frobrc\n\n- /etc/frob.conf\n\n1. Read.\n\n2. Sort.\n\n- An item without a tag.");
    }

    @Test
    void withoutANameSectionThePageIsTitledByItsHeader() throws Exception {
        ParsedDocument doc = parse("""
                .TH frob 1
                .SH DESCRIPTION
                Rearranges widgets.
                """);

        assertThat(doc.title()).isEqualTo("frob(1)");
    }

    @Test
    void textThatMarkdownWouldReadAsMarkupIsEscaped() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH DESCRIPTION
                Lines as the page shows them:
                .br
                # not a heading
                .br
                \\- not a list
                .br
                * nor this
                .br
                > not a quote
                .br
                1. not a numbered list
                .br
                <widget> is not HTML
                .br
                | not | a table |
                .br
                ===
                .br
                {% not a template %} and {{ nor this }}
                .br
                .BR FROB_DEPTH == 8 ", " FROB_WIDTH == 4
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("DESCRIPTION"));
        assertThat(doc.sections().getFirst().blocks()).hasSize(1);
        assertThat(doc.sections().getFirst().text()).contains("\\# not a heading", "\\- not a list", "\\* nor this",
                "\\> not a quote", "1\\. not a numbered list", "\\<widget> is not HTML", "\\| not | a table |", "\\===",
                "{\\% not a template %} and {\\{ nor this }}", "FROB_DEPTH=\\=8, FROB_WIDTH==4");
    }

    @Test
    void tablesAreTables() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH LIMITS
                .TS
                allbox tab(:);
                lb lb
                l l.
                Name:Limit
                _
                depth:T{
                .B 8
                levels
                T}
                .TE
                """);

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind).containsExactly(TextBlock.Kind.TABLE);
        assertThat(doc.sections().getFirst().text()).isEqualTo("| Name | Limit |\n| --- | --- |\n| depth | 8 levels |");
    }

    @Test
    void aLinkReadsAsItsTextOrItsAddress() throws Exception {
        ParsedDocument doc = parse("""
                .TH FROB 1
                .SH SEE ALSO
                .UR https://frob.example/manual
                The manual
                .UE .
                .MT frob@example.org
                .ME
                """);

        ParsedDocument mdoc = parse("""
                .Dd March 1 2024
                .Dt FROB 1
                .Sh SEE ALSO
                .Lk https://frob.example/manual The manual ,
                .Mt frob@example.org
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("The manual.\nfrob@example.org");
        assertThat(mdoc.sections().getFirst().text()).isEqualTo("The manual: https://frob.example/manual,\nfrob@example.org");
    }

    @Test
    void aFileThatIsNotRoffIsADocumentWithoutSections() throws Exception {
        ParsedDocument notes = parser.parse("Meeting notes, 1. January.\n".getBytes(StandardCharsets.UTF_8), "notes.1");
        ParsedDocument binary = parser.parse(new byte[] {0x7f, 'E', 'L', 'F', 0, 0, '\n', '.', 'T', 'H', ' ', 1}, "a.out.1");

        assertThat(notes).isEqualTo(new ParsedDocument("notes.1", List.of()));
        assertThat(binary).isEqualTo(new ParsedDocument("a.out.1", List.of()));
    }

    @Test
    void anOldLatin1PageIsReadAsLatin1() throws Exception {
        byte[] latin1 = ".TH FROB 1\n.SH NAME\nfrob \\- r\u00e9arrange les \u00e9l\u00e9ments\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(latin1, "frob.1").title()).isEqualTo("frob - réarrange les éléments");
    }

    @Test
    void brokenPagesAreReadAsFarAsTheyGo() throws Exception {
        String unclosed = """
                .TH FROB 1
                .de loop
                .loop
                ..
                .SH DESCRIPTION
                .loop
                .if n \\{\\
                .Bl -tag
                .It Xo
                .Bd -literal
                .nf
                .RS
                .RS
                .TS
                a\tb
                """;
        String deep = ".TH FROB 1\n.SH X\n" + ".Op Op".repeat(50_000) + "\n" + "\\*(xx".repeat(10_000) + "\n"
                + ".ds xx \\*(xx\\*(xx\n\\*(xx\n" + "(".repeat(100_000) + "\n.if " + "(".repeat(100_000) + "1 x\n";

        assertThat(parse(unclosed).title()).isEqualTo("FROB(1)");
        assertThat(parse(deep).sections()).isNotEmpty();
    }

    @Test
    void pagesBuiltToBlowUpAreReadToALengthBoundedByTheirOwn() {
        String doubling = ".TH FROB 1\n.SH X\n.ds a \\*a\\*a\n" + "\\*a ".repeat(5_000) + "\n";
        String appending = ".TH FROB 1\n.de M\n..\n" + ".am M\nword\n..\n".repeat(5_000) + ".SH X\n" + ".M\n".repeat(1_000);
        String unclosed = ".TH FROB 1\n.SH X\n" + "<".repeat(100_000) + "\n" + "`[a".repeat(20_000) + "\n";

        // A guard against a hang, minutes above what these take: how fast pages parse is for benchmarks, not tests.
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (String page : List.of(doubling, appending, unclosed)) {
                assertThat(parse(page).sections()).extracting(Section::text).allSatisfy(text ->
                        assertThat(text.length()).isLessThan(4 * page.length()));
            }
        });
    }

    @Test
    void aSynopsisWithAVeryLongBracketIsReadWhole() throws Exception {
        String options = "\\fB\\-\\-option\\fR=\\fIVALUE\\fR ".repeat(800);
        ParsedDocument doc = parse(".TH FROB 1\n.SH SYNOPSIS\nfrob [" + options + "| \\-\\-other]\n");

        assertThat(doc.sections().getFirst().text().replaceAll("\\s+", " ")).isEqualTo("frob [" + "--option=VALUE ".repeat(800)
                + "| --other]");
    }

    private ParsedDocument parse(String roff) throws Exception {
        return parser.parse(roff.getBytes(StandardCharsets.UTF_8), "frob.1");
    }
}
