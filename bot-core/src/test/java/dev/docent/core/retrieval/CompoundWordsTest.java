package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.retrieval.CompoundWords.Alternative;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompoundWordsTest {

    @Test
    void twoWordsSideBySideMayBeOneAndOneWordTwoCommonOnes() {
        assertThat(CompoundWords.candidates("How do I make a column auto increment?"))
                .contains(new Alternative("auto increment", "autoincrement"))
                .as("question words, stop words and short pairs are no compounds")
                .noneMatch(c -> c.asked().startsWith("how") || c.asked().startsWith("do ") || c.asked().contains("make a"));
        assertThat(CompoundWords.candidates("Which timezone are dates shown in?"))
                .contains(new Alternative("timezone", "time zone"));
    }

    @Test
    void namesAreNoCompounds() {
        assertThat(CompoundWords.candidates("Is `auto increment` the same as autoIncrement, auto-increment or log.level here?"))
                .extracting(Alternative::asked)
                .doesNotContain("auto increment", "autoincrement", "log level", "loglevel");
    }

    @Test
    void theOtherWayIsChosenWhereThreePassagesAndTenTimesAsManyAsWriteItAsAskedWriteItThatWay() {
        Alternative join = new Alternative("auto increment", "autoincrement");
        Alternative split = new Alternative("timezone", "time zone");
        Alternative mostly = new Alternative("data base", "database");
        Alternative rare = new Alternative("web hook", "webhook");
        Alternative both = new Alternative("set up", "setup");

        List<Alternative> chosen = CompoundWords.writtenTheOtherWay(List.of(join, split, mostly, rare, both), Map.of(
                "autoincrement", 4L, "time zone", 3L, "data base", 2L, "database", 729L, "webhook", 2L, "set up", 44L,
                "setup", 15L));

        assertThat(chosen).containsExactly(join, split, mostly);
    }

    @Test
    void theQueryIsRewrittenWhereverItWritesTheCompoundAsAsked() {
        SearchQuery asked = SearchQuery.of("Auto  increment column, or is auto increment not supported?");

        SearchQuery rewritten = CompoundWords.rewritten(asked, List.of(new Alternative("auto increment", "autoincrement")));

        assertThat(rewritten.text()).isEqualTo("autoincrement column, or is autoincrement not supported?");
        assertThat(CompoundWords.rewritten(asked, List.of(new Alternative("timezone", "time zone")))).isSameAs(asked);
    }
}
