package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TexinfoParserTest {

    private final TexinfoParser parser = new TexinfoParser();

    @Test
    void aManualIsTitledBySettitleAndItsChaptersAndSectionsAreItsSections() throws Exception {
        ParsedDocument doc = parse("""
                \\input texinfo   @c -*-texinfo-*-
                @setfilename kiln.info
                @settitle The Kiln Manual
                @node Top
                @top Kiln

                Kiln fires pottery.

                @node Firing
                @chapter Firing a Load
                Load the shelves.

                @section Cone Packs
                Place three cones.

                @subsection Witness Cones
                They bend at temperature.

                @subsubsection Reading a Cone
                A bent cone touches the shelf.

                @node Glazes
                @unnumbered Glazes
                Mix glazes by weight.

                @heading Celadon
                A green glaze.

                @chapheading Firing Schedules
                Ramp slowly.

                @appendix Kiln Logs
                Keep a log.
                """);

        assertThat(doc.title()).isEqualTo("The Kiln Manual");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Firing a Load"),
                List.of("Firing a Load", "Cone Packs"), List.of("Firing a Load", "Cone Packs", "Witness Cones"),
                List.of("Firing a Load", "Cone Packs", "Witness Cones", "Reading a Cone"), List.of("Glazes"),
                List.of("Glazes", "Celadon"), List.of("Firing Schedules"), List.of("Kiln Logs"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Kiln fires pottery.");
        assertThat(doc.sections().toString()).doesNotContain("Top", "setfilename", "input", "@");
    }

    @Test
    void withoutSettitleTheTopHeadingTitlesTheManualAndWithoutEitherTheFileName() throws Exception {
        assertThat(parse("@node Top\n@top Kiln @emph{Basics}\n\nText.\n").title()).isEqualTo("Kiln Basics");
        assertThat(parse("@chapter Firing\n\nText.\n").title()).isEqualTo("kiln.texi");
    }

    @Test
    void aDefinitionHeadsItsDescriptionOneLevelUnderItsSection() throws Exception {
        ParsedDocument doc = parse("""
                @settitle Emacs Frames
                @chapter Frames

                @deffn Command make-frame &optional parameters
                @deffnx {Interactive Command} new-frame
                Create and return a new frame, displaying the current buffer.
                @end deffn

                @defun frame-list
                Return a list of all live frames.
                @end defun

                @deftypefn {Library Function} int kiln_open (const char *@var{path}, int @var{flags})
                Open the kiln at @var{path}.
                @end deftypefn

                @defvar frame-title-format
                The format of frame titles.
                @end defvar

                @defopt frame-resize-pixelwise
                Non-nil means resize frames pixelwise.
                @end defopt

                @defmac KILN_INIT (@var{kiln}, @
                  @var{shelves})
                Set the kiln up.
                @end defmac

                @deftp {Data type} kiln_t heat shelves
                A kiln.
                @end deftp

                @defspec with-kiln body@dots{}
                Run @var{body} with the kiln lit.
                @end defspec

                @deftypevar int kiln_count
                How many kilns there are.
                @end deftypevar
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Frames", "Command: make-frame &optional parameters, Interactive Command: new-frame"),
                List.of("Frames", "Function: frame-list"),
                List.of("Frames", "Library Function: int kiln_open (const char *path, int flags)"),
                List.of("Frames", "Variable: frame-title-format"),
                List.of("Frames", "User Option: frame-resize-pixelwise"), List.of("Frames", "Macro: KILN_INIT (kiln, shelves)"),
                List.of("Frames", "Data type: kiln_t heat shelves"), List.of("Frames", "Special Form: with-kiln body..."),
                List.of("Frames", "Variable: int kiln_count"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Create and return a new frame, displaying the current buffer.");
        assertThat(doc.sections().get(2).text()).isEqualTo("Open the kiln at path.");
    }

    @Test
    void aTableItemNamingAnOptionHeadsItsParagraphs() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Options
                @table @samp
                @item -k
                @itemx --keep-going
                Continue after an error.

                Targets that depend on the failed one are skipped.

                @item -j @var{jobs}
                Run @var{jobs} recipes at once.
                @vtable @code
                @item MAKEFLAGS
                Passed to sub-makes.
                @end vtable
                @end table
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Options", "`-k`, `--keep-going`"),
                List.of("Options", "`-j jobs`"), List.of("Options", "`-j jobs`", "`MAKEFLAGS`"));
        assertThat(doc.sections().getFirst().text())
                .isEqualTo("Continue after an error.\n\nTargets that depend on the failed one are skipped.");
        assertThat(doc.sections().get(1).text()).isEqualTo("Run jobs recipes at once.");
        assertThat(doc.sections().get(2).text()).isEqualTo("Passed to sub-makes.");
    }

    @Test
    void textAfterATableOrADefinitionIsTheSectionsAgain() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Options
                Options come first.
                @table @samp
                @item -k
                Keep going.
                @end table
                These options combine.
                @defun kiln-fire
                Fire.
                @end defun
                @defun kiln-cool
                Cool.
                @end defun
                Neither takes arguments.
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Options"),
                List.of("Options", "`-k`"), List.of("Options"), List.of("Options", "Function: kiln-fire"),
                List.of("Options", "Function: kiln-cool"), List.of("Options"));
        assertThat(doc.sections()).extracting(Section::text).containsExactly("Options come first.", "Keep going.",
                "These options combine.", "Fire.", "Cool.", "Neither takes arguments.");
    }

    @Test
    void itemizeAndEnumerateItemsAreListItems() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Steps
                @enumerate
                @item
                Wedge the clay.
                @itemize @bullet
                @item Cut it.
                @item Slam it.
                @end itemize
                @item
                Center it:
                @example
                wheel --speed 3
                @end example
                @end enumerate
                """);

        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                1.   Wedge the clay.

                     - Cut it.

                     - Slam it.

                2.   Center it:

                ```
                wheel --speed 3
                ```""");
    }

    @Test
    void examplesAreCodeWithTheirCommandsReadAndVerbatimBlocksAsWritten() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Code
                @example
                make @var{target} @{ -j4 @} @dots{} @result{} done
                @end example

                @lisp
                (setq kiln-heat 1200)
                @end lisp

                @verbatim
                @code{kept} {as} written
                @end verbatim
                """);

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "```\nmake target { -j4 } ... ⇒ done\n```", "```\n(setq kiln-heat 1200)\n```",
                "```\n@code{kept} {as} written\n```");
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind).containsOnly(TextBlock.Kind.CODE);
    }

    @Test
    void aMultitableIsAMarkdownTable() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Cones
                @multitable @columnfractions .3 .7
                @headitem Cone @tab Temperature
                @item 06 @tab 999 @r{°C}
                @item 6
                @tab 1222 | hot
                @end multitable
                """);

        assertThat(doc.sections().getFirst().blocks()).containsExactly(new TextBlock(
                "| Cone | Temperature |\n|---|---|\n| 06 | 999 °C |\n| 6 | 1222 \\| hot |", TextBlock.Kind.TABLE));
    }

    @Test
    void inlineCommandsReadAsTheHtmlOutputShowsThem() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Inline
                Run @code{make} with @samp{-k}, press @kbd{C-x} @key{RET}, call @command{ls} @option{-l},
                set @env{HOME}, edit @file{~/.profile}, name @var{file}, type @verb{|a{b}@c|}.

                This is @emph{very} @strong{important} @i{and} @b{bold} @r{roman} @t{typed} @sc{caps} @dfn{defined}
                in @cite{The Book}, an @acronym{NASA} and @abbr{Comput., Computer} thing.

                @xref{Firing}, and @pxref{Glazes, the glaze list}; @ref{Kilns,,Kiln Types}.
                @xref{Top,,, make, GNU Make}. @xref{Rules,,, make, GNU Make}.

                Visit @uref{https://kiln.example, the site} or @url{https://kiln.example/faq} or
                @email{help@@kiln.example, the list}.

                Cones melt.@footnote{Most of them,
                at least.}

                @dots{} @enddots{} @result{} @expansion{} @print{} @error{} @equiv{} @point{} @minus{}
                @copyright{} @registeredsymbol{} @TeX{} @LaTeX{} @bullet{} a@tie{}b @@ @{ @} @comma{}
                @'e @"o @~n @,{c} @`{@dotless{i}} @ss{} ``quoted'' a--b a---b

                Stop@. Wait@: go@! hy@-phen@/ate@*new line.
                """);

        String text = doc.sections().getFirst().text();
        assertThat(text).contains(
                "Run `make` with `-k`, press `C-x` `RET`, call `ls` `-l`,\nset `HOME`, edit `~/.profile`, name file, type `a{b}@c`.",
                "This is very important and bold roman typed caps defined\nin The Book, an NASA and Comput. (Computer) thing.",
                "See Firing, and see the glaze list; Kiln Types.\nSee GNU Make. See Rules in GNU Make.",
                "Visit the site or https://kiln.example/faq or\nthe list.",
                "Cones melt. (Most of them, at least.)",
                "... .... ⇒ ↦ ⊣ error→ ≡ ∗ -\n© ® TeX LaTeX • a b @ { } ,\né ö ñ ç ì ß “quoted” a–b a—b",
                "Stop. Wait go! hyphenate\nnew line.");
    }

    @Test
    void flagsAreWrittenInWhereTheirValuesAreUsedAndDecideConditionalText() throws Exception {
        ParsedDocument doc = parse("""
                @set VERSION 4.4
                @set WEB
                @clear PRINT
                @settitle Kiln @value{VERSION}
                @chapter Versions
                This is Kiln @value{VERSION}.
                @ifset WEB
                Read it online.
                @end ifset
                @ifset PRINT
                Read it on paper.
                @end ifset
                @ifclear PRINT
                No paper edition.
                @end ifclear
                """);

        assertThat(doc.title()).isEqualTo("Kiln 4.4");
        assertThat(doc.sections().getFirst().text()).isEqualTo("This is Kiln 4.4.\nRead it online.\nNo paper edition.");
    }

    @Test
    void whatTheHtmlOrInfoReaderNeverSeesIsLeftOut() throws Exception {
        ParsedDocument doc = parse("""
                @setfilename kiln.info
                @settitle Kiln
                @dircategory Crafts
                @direntry
                * Kiln: (kiln).  Firing pottery.
                @end direntry
                @copying
                Copyright notice text.
                @end copying
                @titlepage
                @title Kiln Title Page
                @end titlepage
                @contents
                @node Top
                @top Kiln
                @insertcopying
                @menu
                * Firing::  Firing a load.
                @end menu

                @node Firing
                @chapter Firing
                @cindex firing
                @kindex C-c f
                @findex kiln-fire
                @c a comment line
                Fire slowly. @c a trailing comment
                @comment another comment
                @ignore
                Ignored text.
                @end ignore
                @iftex
                TeX-only text.
                @end iftex
                @tex
                \\TeX{} math.
                @end tex
                @ifdocbook
                DocBook text.
                @end ifdocbook
                @ifinfo
                Info text.
                @end ifinfo
                @ifhtml
                HTML text.
                @end ifhtml
                @ifnottex
                Not-TeX text.
                @end ifnottex
                @include glazes.texi
                @sp 2
                @page
                @noindent
                @anchor{slow}Cool slowly.
                @printindex cp
                @bye
                After bye.
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Firing"));
        assertThat(doc.sections().getFirst().text())
                .isEqualTo("Fire slowly.\nInfo text.\nHTML text.\nNot-TeX text.\nCool slowly.");
    }

    @Test
    void aManualsOwnMacrosAndAliasesAreWrittenInWhereTheyAreUsed() throws Exception {
        ParsedDocument doc = parse("""
                @macro ovar{name}
                @r{[}@var{\\name\\}@r{]}
                @end macro
                @macro optZero
                @item -z
                @itemx --zero
                End lines with NUL.
                @end macro
                @macro loop
                @loop @loop
                @end macro
                @alias glaze = emph
                @chapter Macros
                Takes @ovar{file} and @glaze{shiny} pots.
                @table @samp
                @optZero
                @end table
                @loop
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Macros"),
                List.of("Macros", "`-z`, `--zero`"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Takes [file] and shiny pots.");
        assertThat(doc.sections().get(1).text()).isEqualTo("End lines with NUL.");
    }

    @Test
    void aQuotationReadsAsItsTextLedByItsLabel() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Safety
                @quotation Warning
                Never open a hot kiln.
                @end quotation
                @cartouche
                Wear gloves.
                @end cartouche
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("Warning: Never open a hot kiln.\n\nWear gloves.");
    }

    @Test
    void textThatMarkdownWouldReadAsMarkupReadsAsTexinfoShowsIt() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Symbols
                # is a comment in shell,
                * multiplies,
                - subtracts,
                > redirects,
                1. is a number,
                | pipes,
                ~~~ fences,
                ```quotes''',
                <tag> is HTML,
                [ref]: is not a link.
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Symbols"));
        assertThat(doc.sections().getFirst().blocks()).hasSize(1);
        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                \\# is a comment in shell,
                \\* multiplies,
                \\- subtracts,
                \\> redirects,
                1\\. is a number,
                \\| pipes,
                \\~~~ fences,
                “‘quotes”',
                \\<tag> is HTML,
                \\[ref]: is not a link.""");
    }

    @Test
    void aFootnoteOfSeveralParagraphsStaysInItsSentence() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Notes
                Glazes run.@footnote{When overfired.

                Or when applied thickly.} Keep them thin.
                """);

        assertThat(doc.sections().getFirst().text()).isEqualTo("Glazes run. (When overfired. Or when applied thickly.) Keep them thin.");
    }

    @Test
    void aManualDeclaringLatin1IsReadInThatEncoding() throws Exception {
        byte[] latin1 = "@documentencoding ISO-8859-1\n@chapter Caf\u00e9\nCr\u00e8me.\n".getBytes(StandardCharsets.ISO_8859_1);

        ParsedDocument doc = parser.parse(latin1, "cafe.texi");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Café"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Crème.");
    }

    @Test
    void brokenTexinfoStillReadsAsFarAsItGoes() throws Exception {
        ParsedDocument doc = parse("""
                @chapter Broken
                An @code{unclosed brace and @emph{more
                @table @asis
                @item never ended
                @example
                an example that never ends
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Broken"),
                List.of("Broken", "never ended"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("An `unclosed brace and more`");
        assertThat(doc.sections().get(1).text()).isEqualTo("```\nan example that never ends\n```");
    }

    @Test
    void deepNestingAndLongManualsAreReadWhole() throws Exception {
        String nested = "@chapter Deep\n" + "@code{@emph{".repeat(50_000) + "x" + "}}".repeat(50_000) + "\n"
                + "@itemize\n@item a\n".repeat(20_000);
        String manual = "@chapter Long\n" + "@section Part\nSome @code{text} with @xref{Node}.\n\n".repeat(40_000);

        ParsedDocument deep = parse(nested);
        ParsedDocument longManual = parse(manual);

        assertThat(deep.sections().getFirst().text()).startsWith("`x`");
        assertThat(longManual.sections()).hasSize(40_000);
    }

    @Test
    void aFileWithoutTexinfoCommandsIsReportedAsUnreadable() {
        assertThatThrownBy(() -> parse("Just text, with an @ in it.")).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not Texinfo");
    }

    private ParsedDocument parse(String texinfo) throws UnreadableDocumentException {
        return parser.parse(texinfo.getBytes(StandardCharsets.UTF_8), "kiln.texi");
    }
}
