package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackFramesTest {

    @Test
    void aJavaScriptTraceKeepsItsMessageAndFirstFrames() {
        String trace = """
                Crash on save
                TypeError: Cannot read properties of undefined (reading 'range')
                    at Object.getTokenBefore (/app/node_modules/eslint/lib/source-code/token-store/index.js:312:18)
                    at checkSpacing (/app/node_modules/eslint/lib/rules/comma-spacing.js:101:40)
                    at Array.forEach (<anonymous>)
                    at ruleErrorHandler (/app/node_modules/eslint/lib/linter/linter.js:1115:28)
                    at /app/node_modules/eslint/lib/linter/safe-emitter.js:45:58
                Any idea?""";

        assertThat(StackFrames.trimmed(trace)).isEqualTo("""
                Crash on save
                TypeError: Cannot read properties of undefined (reading 'range')
                    at Object.getTokenBefore (/app/node_modules/eslint/lib/source-code/token-store/index.js:312:18)
                    at checkSpacing (/app/node_modules/eslint/lib/rules/comma-spacing.js:101:40)
                \u2026
                Any idea?""");
    }

    @Test
    void aJvmTraceWithCausesKeepsTheFirstFramesOfEach() {
        String trace = """
                java.lang.IllegalStateException: pool closed
                \tat com.acme.Pool.borrow(Pool.java:88)
                \tat com.acme.Client.send(Client.java:41)
                \tat com.acme.Client.retry(Client.java:77)
                Caused by: java.io.IOException: Broken pipe
                \tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)
                \tat java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:62)
                \tat java.base/sun.nio.ch.IOUtil.write(IOUtil.java:132)
                \t... 12 more""";

        String trimmed = StackFrames.trimmed(trace);

        assertThat(trimmed).contains("pool closed", "Pool.borrow", "Client.send", "Caused by: java.io.IOException: Broken pipe",
                "write0(Native Method)", "SocketDispatcher.write(");
        assertThat(trimmed).doesNotContain("Client.retry", "IOUtil", "12 more").containsSubsequence("Client.send", StackFrames.OMITTED, "Caused by", "SocketDispatcher.write(", StackFrames.OMITTED);
    }

    @Test
    void aPythonTracebackDropsLaterFramesWithTheirSourceLines() {
        String trace = """
                Traceback (most recent call last):
                  File "test_upload.py", line 12, in test_upload
                    page.set_input_files("#f", [])
                  File "/venv/lib/python3.12/site-packages/pilot/sync_api.py", line 880, in set_input_files
                    return self._sync(self._impl.set_input_files(selector, files))
                  File "/venv/lib/python3.12/site-packages/pilot/_impl/_page.py", line 301, in set_input_files
                    await self._main_frame.set_input_files(selector, files)
                pilot.TimeoutError: Timeout 30000ms exceeded.""";

        String trimmed = StackFrames.trimmed(trace);

        assertThat(trimmed).contains("test_upload.py", "sync_api.py", "pilot.TimeoutError: Timeout 30000ms exceeded.")
                .doesNotContain("_page.py", "_main_frame").containsSubsequence("sync_api.py", StackFrames.OMITTED, "pilot.TimeoutError");
    }

    @Test
    void aQuestionWithoutATraceIsUntouched() {
        String question = "How do I run tests at 3 workers?\nSee cli.md:12 for what I tried.";

        assertThat(StackFrames.trimmed(question)).isSameAs(question);
    }
}
