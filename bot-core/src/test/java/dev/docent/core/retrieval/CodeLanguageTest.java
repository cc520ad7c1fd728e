package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLanguageTest {

    @Test
    void pastedCodeThatOnlyOneLanguageWritesNamesIt() {
        assertThat(CodeLanguage.of("upload fails:\ndef test_upload(page):\n    page.set_input_files('#f', 'a.pdf')"))
                .containsExactly("python");
        assertThat(CodeLanguage.of("Traceback (most recent call last):\n  File \"tests/test_login.py\", line 12, in test"))
                .containsExactly("python");
        assertThat(CodeLanguage.of("Exception in thread \"main\" java.lang.IllegalStateException\n"
                + "    at dev.app.LoginTest.run(LoginTest.java:31)")).containsExactly("java");
        assertThat(CodeLanguage.of("const { chromium } = require('quillkit'); console.log(await page.title());"))
                .containsExactly("javascript");
        assertThat(CodeLanguage.of("await Page.SetInputFilesAsync(\"#f\", \"a.pdf\"); [Test] fails")).containsExactly("csharp");
        assertThat(CodeLanguage.of("err := client.Do(req)")).containsExactly("go");
    }

    @Test
    void proseAndCodeThatSeveralLanguagesShareNameNothing() {
        assertThat(CodeLanguage.of("How do I set up single sign-on for my team?")).isEmpty();
        assertThat(CodeLanguage.of("page.goto(url) times out after 30 s; await page.click('#ok') never returns")).isEmpty();
        assertThat(CodeLanguage.of("I define a helper and call it from my test, then the page closes")).isEmpty();
    }

    @Test
    void codeMixingTwoLanguagesNamesBoth() {
        assertThat(CodeLanguage.of("the server is app.py and the client index.js")).containsExactlyInAnyOrder("python", "javascript");
    }
}
