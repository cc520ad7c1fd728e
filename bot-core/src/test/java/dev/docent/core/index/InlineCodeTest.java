package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class InlineCodeTest {

    @Test
    void codeWithoutBackticksIsBetweenSingleOnesAndCodeWithThemBetweenALongerRun() {
        assertThat(InlineCode.of("--max-warnings")).isEqualTo("`--max-warnings`");
        assertThat(InlineCode.of(":py:class:`zipfile.ZipFile`")).isEqualTo("`` :py:class:`zipfile.ZipFile` ``");
        assertThat(InlineCode.of("foo += ``;")).isEqualTo("```foo += ``;```");
    }

    @Test
    void aSpanEndsOnlyAtARunAsLongAsTheOneThatOpensIt() {
        Matcher span = InlineCode.SPAN.matcher("Use `` :any:`Builder` `` or `-W`, not ``[`prop${a}`]``.");

        assertThat(span.results().map(m -> m.group())).containsExactly(
                "`` :any:`Builder` ``", "`-W`", "``[`prop${a}`]``");
    }

    @Test
    void aTextLeavesASpanOpenWhenABacktickIsOutsideEveryWholeSpan() {
        assertThat(InlineCode.leavesOpen("Run `make. ")).isTrue();
        assertThat(InlineCode.leavesOpen("Run `` :ref:`x`. ")).isTrue();
        assertThat(InlineCode.leavesOpen("Run `` :ref:`x` `` and `make`. ")).isFalse();
    }
}
