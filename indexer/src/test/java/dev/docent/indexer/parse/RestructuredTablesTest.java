package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestructuredTablesTest {

    @Test
    void aSimpleTableIsAPipeTableUnderItsHeaderWithItsRolesRead() {
        List<String> table = List.of(
                "=============================  ===========================================",
                "Plugin                         Summary",
                "=============================  ===========================================",
                ":pypi:`pytest-html`            pytest plugin for generating HTML reports",
                ":pypi:`pytest-cov`             Pytest plugin for measuring coverage, with",
                "                               ``--cov-branch`` for branches",
                "=============================  ===========================================");

        assertThat(RestructuredTables.toMarkdown(table, RestructuredTextParser::inline)).isEqualTo("""
                | Plugin | Summary |
                |---|---|
                | pytest-html | pytest plugin for generating HTML reports |
                | pytest-cov | Pytest plugin for measuring coverage, with `--cov-branch` for branches |""");
    }

    @Test
    void aSimpleTableWithoutAHeaderHasAnEmptyOne() {
        List<String> table = List.of("=====  =====", "``-x``  stop at the first failure", "``-q``  quiet", "=====  =====");

        assertThat(RestructuredTables.toMarkdown(table, RestructuredTextParser::inline)).isEqualTo("""
                | | |
                |---|---|
                | `-x` | stop at the first failure |
                | `-q` | quiet |""");
    }

    @Test
    void aGridTableJoinsTheLinesOfEachCell() {
        List<String> table = List.of(
                "+------------+----------------------+",
                "| Setting    | Meaning              |",
                "+============+======================+",
                "| ``broker`` | Where tasks are sent |",
                "|            | (a URL).             |",
                "+------------+----------------------+",
                "| ``a|b``    | A pipe in a cell     |",
                "+------------+----------------------+");

        assertThat(RestructuredTables.toMarkdown(table, RestructuredTextParser::inline)).isEqualTo("""
                | Setting | Meaning |
                |---|---|
                | `broker` | Where tasks are sent (a URL). |
                | `a\\|b` | A pipe in a cell |""");
    }

    @Test
    void bordersOfThousandsOfColumnsAreKnownOnAnOrdinaryThreadsStack() throws Exception {
        String grid = "+--".repeat(20_000) + "+";
        String simple = "== ".repeat(20_000);

        assertThat(SmallStack.run(() -> String.valueOf(RestructuredTables.opens(grid)))).isEqualTo("true");
        assertThat(SmallStack.run(() -> String.valueOf(RestructuredTables.opens(simple)))).isEqualTo("true");
        assertThat(RestructuredTables.opens("++--+")).isFalse();
        assertThat(RestructuredTables.opens("+--++--+")).isFalse();
        assertThat(RestructuredTables.opens("+==+--+  ")).isTrue();
        assertThat(RestructuredTables.opens("=====")).isFalse();
    }
}
