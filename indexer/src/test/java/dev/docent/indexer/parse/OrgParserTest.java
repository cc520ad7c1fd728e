package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgParserTest {

    @Test
    void anOrgManualReadsAsItsExportShowsIt() throws Exception {
        String org = """
                #+TITLE: Magit User Manual
                #+AUTHOR: Jonas Bernoulli
                #+OPTIONS: H:4 num:3 toc:2
                #+TEXINFO_DIR_CATEGORY: Emacs

                * Installation
                  :PROPERTIES:
                  :CUSTOM_ID: installation
                  :END:
                #+kindex: magit-status

                Magit can be installed from [[https://melpa.org][Melpa]] or with =package-install=.[fn:1]

                ** Post-Installation Tasks

                Call ~magit-status~ to begin. See [[#staging][Staging changes]].

                #+begin_src emacs-lisp
                (setq magit-repository-directories '(("~/src" . 2)))
                ,* not a heading
                #+end_src

                #+begin_warning
                Do not stage a file twice.
                #+end_warning

                #+begin_export html
                <div>Only in HTML</div>
                #+end_export

                - ~magit-status~ :: Show the status of the repository.
                - A plain item.

                | Key | Command      |
                |-----+--------------|
                | s   | magit-stage  |
                |-----+--------------|
                | u   | magit-unstage|

                # A comment for editors.

                - User Option: magit-buffer-name-format ::

                  The format string used to name Magit buffers.

                  - ~%m~

                    The name of the major-mode.
                """;

        ParsedDocument doc = new OrgParser().parse(org.getBytes(StandardCharsets.UTF_8), "magit.org");

        assertThat(doc.title()).isEqualTo("Magit User Manual");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Installation"),
                List.of("Installation", "Post-Installation Tasks"),
                List.of("Installation", "Post-Installation Tasks", "User Option: magit-buffer-name-format"));
        assertThat(doc.sections().get(2).text()).contains("The format string used to name Magit buffers.", "`%m`",
                "The name of the major-mode.");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Magit can be installed from Melpa or with `package-install`.");
        String tasks = doc.sections().get(1).text();
        assertThat(tasks).contains("Call `magit-status` to begin. See Staging changes.",
                "```emacs-lisp\n(setq magit-repository-directories '((\"~/src\" . 2)))\n* not a heading\n```",
                "Warning:\nDo not stage a file twice.", "- `magit-status`: Show the status of the repository.", "- A plain item.",
                "| Key | Command      |\n| --- | --- |\n| s   | magit-stage  |\n| u   | magit-unstage|");
        assertThat(doc.sections().toString()).doesNotContain("PROPERTIES", "CUSTOM_ID", "kindex", "OPTIONS", "AUTHOR", "Only in HTML",
                "fn:1", "comment for editors", "-----");
    }

    @Test
    void aParagraphOfMarkupThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Set =a and ~b or [[c ".repeat(5_000).strip();
        String org = "#+TITLE: Page\n\n* Usage\n\nRun ~make~ first.\n\n" + paragraph + "\n";

        ParsedDocument doc = new OrgParser().parse(org.getBytes(StandardCharsets.UTF_8), "page.org");

        assertThat(doc.sections().getFirst().text()).isEqualTo("Run `make` first.\n\n" + paragraph);
    }
}
