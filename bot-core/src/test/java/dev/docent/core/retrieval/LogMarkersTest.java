package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMarkersTest {

    @Test
    void aLogKeepsItsLineMarkerOnceWithTheWordThatLeadsIt() {
        String pasted = """
                npm install fails
                npm ERR! code ERESOLVE
                npm ERR! ERESOLVE unable to resolve dependency tree
                npm ERR! Fix the upstream dependency conflict, or retry""";

        assertThat(LogMarkers.keptOnce(pasted)).isEqualTo("""
                npm install fails
                npm ERR! code ERESOLVE
                ERESOLVE unable to resolve dependency tree
                Fix the upstream dependency conflict, or retry""");
    }

    @Test
    void aLogFlattenedOntoOneLineToo() {
        String excerpt = "Build fails [ERROR] Failed to execute goal compile [ERROR] Compilation failure [ERROR] -> [Help 1]";

        assertThat(LogMarkers.keptOnce(excerpt))
                .isEqualTo("Build fails [ERROR] Failed to execute goal compile Compilation failure -> [Help 1]");
    }

    @Test
    void wordsAndAMessageThatSaysErrorTwiceAreNoLog() {
        String prose = "I get an error, the error is odd, and the error stays. Error: x failed. Error: y failed.";

        assertThat(LogMarkers.keptOnce(prose)).isEqualTo(prose);
    }
}
