package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatexParserTest {

    @Test
    void aManualReadsAsItsTypesetPageShowsIt() throws Exception {
        String tex = """
                \\documentclass[11pt]{report}
                \\usepackage{listings}
                % \\title{Not this one}
                \\title{Widget User Manual\\thanks{Version 2.1}}
                \\begin{document}
                \\maketitle
                \\tableofcontents

                \\chapter{Installation}\\label{ch:install}
                Widget runs on \\emph{Linux} and \\textbf{macOS}. It needs Java~21 or newer --- see
                \\href{https://example.com/java}{the Java page}.\\footnote{Temurin works best.} % a comment
                Read Section~\\ref{sec:config} before you start; 50\\% of problems are there.

                \\section{From the archive}
                \\begin{enumerate}
                  \\item Download \\texttt{widget-2.1.tar.gz}.
                  \\item Run \\verb|tar xzf widget-2.1.tar.gz| and then
                        \\lstinline{./configure --prefix=/opt}.
                \\end{enumerate}

                \\begin{lstlisting}[language=Bash]
                ./configure --prefix=/opt   % not a comment here
                make install
                \\end{lstlisting}

                \\section{Configuration}\\label{sec:config}
                The options are:
                \\begin{description}
                  \\item[\\texttt{port}] The port to listen on (default 8080).
                  \\item[\\texttt{home}] Where data is kept.
                \\end{description}

                \\begin{table}[htbp]
                  \\centering
                  \\begin{tabular}{|l|l|}
                    \\hline
                    \\textbf{System} & \\textbf{Status} \\\\ \\hline
                    Linux & supported \\\\
                    Windows & not supported \\\\ \\hline
                  \\end{tabular}
                  \\caption{Supported systems}
                \\end{table}

                \\subsection*{Memory}
                The cost is $O(n \\log n)$ in time:
                \\begin{equation}
                  t = c \\cdot n \\log n
                \\end{equation}
                \\begin{itemize}
                \\item First \\item Second
                \\end{itemize}
                After the list, Caf\\'e and na\\"{\\i}ve and \\c{c}a.
                \\begin{comment}
                Hidden text.
                \\end{comment}
                \\begin{figure}
                \\includegraphics[width=\\textwidth]{arch.png}
                \\caption{The architecture}
                \\end{figure}
                \\end{document}
                Nothing after the end.
                """;

        ParsedDocument doc = new LatexParser().parse(tex.getBytes(StandardCharsets.UTF_8), "manual");

        assertThat(doc.title()).isEqualTo("Widget User Manual");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Installation"),
                List.of("Installation", "From the archive"), List.of("Installation", "Configuration"),
                List.of("Installation", "Configuration", "Memory"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                Widget runs on *Linux* and **macOS**. It needs Java 21 or newer — see
                [the Java page](https://example.com/java). (Temurin works best.)
                Read Section before you start; 50% of problems are there.""");
        assertThat(doc.sections().get(1).text()).isEqualTo("""
                1. Download `widget-2.1.tar.gz`.
                1. Run `tar xzf widget-2.1.tar.gz` and then `./configure --prefix=/opt`.

                ```bash
                ./configure --prefix=/opt   % not a comment here
                make install
                ```""");
        assertThat(doc.sections().get(2).text()).contains(
                "- **`port`**: The port to listen on (default 8080).\n- **`home`**: Where data is kept.",
                "| **System** | **Status** |\n|---|---|\n| Linux | supported |\n| Windows | not supported |\n\nSupported systems");
        assertThat(doc.sections().get(3).text()).contains("The cost is $O(n \\log n)$ in time:",
                "```\nt = c \\cdot n \\log n\n```", "- First\n- Second", "After the list, Café and naïve and ça.", "The architecture");
        assertThat(doc.sections().toString()).doesNotContain("Not this one", "Version 2.1", "% a comment", "Hidden", "arch.png",
                "ch:install", "tableofcontents", "htbp", "|l|l|", "hline", "Nothing after");
    }

    @Test
    void aVignettesCodeChunksAreRCode() throws Exception {
        String rnw = """
                %\\VignetteIndexEntry{Getting started}
                \\documentclass{article}
                \\title{Getting started with \\texttt{widgetr}}
                \\begin{document}
                \\section{Loading}
                Load the package:
                <<load, echo=TRUE>>=
                library(widgetr)
                x <- widget(10) # 10 % of it
                @
                The result has \\Sexpr{length(x)} elements.
                \\end{document}
                """;

        ParsedDocument doc = new LatexParser().parse(rnw.getBytes(StandardCharsets.UTF_8), "intro");

        assertThat(doc.title()).isEqualTo("Getting started with `widgetr`");
        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                Load the package:

                ```r
                library(widgetr)
                x <- widget(10) # 10 % of it
                ```

                The result has elements.""");
    }

    @Test
    void aChaptersFileIsTitledByItsChapter() throws Exception {
        String chapter = "\\chapter{Troubleshooting}\n\\section{Login loops}\nClear the cookie.\n\\section{Crashes}\nSend the log.\n";

        ParsedDocument doc = new LatexParser().parse(chapter.getBytes(StandardCharsets.UTF_8), "chapter2");

        assertThat(doc.title()).isEqualTo("Troubleshooting");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Login loops"), List.of("Crashes"));
    }

    @Test
    void aDocumentsOwnNamesForItsSectioningCommandsHeadSectionsAndATitleOfCitationsIsItsShortTitle() throws Exception {
        String faq = """
                \\documentclass{article}
                %%\\newcommand{\\oldsection}[1]{\\section{#1}}
                \\let\\mysection=\\subsubsection
                \\newcommand{\\question}[1]{\\subsection[#1]{\\textbf{#1}}}
                \\title{zoo FAQ}
                \\begin{document}
                \\question{Duplicate times}
                Average them, as suggested in the literature
                \\citep[among others]{hac:White:1980}
                and shown below.
                \\mysection[Short]{Averaging}
                Use \\code{aggregate}.
                \\oldsection{Not a heading}
                \\subsection[Petersen (2009)]{\\cite{hac:Petersen:2009}}
                Its data.
                """;

        ParsedDocument doc = new LatexParser().parse(faq.getBytes(StandardCharsets.UTF_8), "zoo-faq");

        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("Duplicate times"), List.of("Duplicate times", "Averaging"), List.of("Petersen (2009)"));
        assertThat(doc.sections().getFirst().text()).as("a line of a citation alone ends no paragraph")
                .isEqualTo("Average them, as suggested in the literature\nand shown below.");
        assertThat(doc.sections().get(1).text()).isEqualTo("Use `aggregate`.\nNot a heading");
    }

    @Test
    void markupThatNothingClosesIsReadAsText() throws Exception {
        String paragraph = "Set \\textbf{a and $b and \\verb|c and \\begin{itemize} and {d ".repeat(5_000);

        ParsedDocument doc = new LatexParser().parse(("\\section{Usage}\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8), "page");

        assertThat(doc.sections().getFirst().text()).as("an unclosed command ends with its paragraph")
                .startsWith("Set **a and $b and |c and**\n\nand d Set").hasSizeGreaterThan(100_000);
    }
}
