package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZScoreFusionTest {

    @Test
    void passageFarAheadInOneSearchBeatsOneThatIsMerelyFirstByAHair() {
        // Lexical: "a" wins by a mile. Semantic: "b" wins by a hair over "a". RRF would call it a tie.
        List<SearchHit> lexical = List.of(hit("a", 40), hit("b", 10), hit("c", 9), hit("d", 8));
        List<SearchHit> semantic = List.of(hit("b", 0.901), hit("a", 0.900), hit("c", 0.80), hit("d", 0.79));

        List<FusedHit> fused = new ZScoreFusion(0.5).fuse(lexical, semantic, 10);

        assertThat(fused).extracting(FusedHit::id).startsWith("a", "b");
        assertThat(fused.getFirst().lexicalRank()).hasValue(1);
        assertThat(fused.getFirst().semanticRank()).hasValue(2);
        assertThat(fused.getFirst().semanticScore()).hasValue(0.900);
    }

    @Test
    void weightDecidesWhichSearchLeads() {
        List<SearchHit> lexical = List.of(hit("lex", 30), hit("x", 10), hit("y", 9));
        List<SearchHit> semantic = List.of(hit("sem", 0.95), hit("x", 0.80), hit("y", 0.79));

        assertThat(new ZScoreFusion(0.9).fuse(lexical, semantic, 3).getFirst().id()).isEqualTo("lex");
        assertThat(new ZScoreFusion(0.1).fuse(lexical, semantic, 3).getFirst().id()).isEqualTo("sem");
    }

    @Test
    void passageMissingFromOneSearchKeepsNoSemanticScore() {
        List<FusedHit> fused = new ZScoreFusion(0.4).fuse(List.of(hit("only-lexical", 12)), List.of(), 5);

        assertThat(fused).singleElement().satisfies(p -> {
            assertThat(p.semanticRank()).isEmpty();
            assertThat(p.semanticScore()).isEmpty();
        });
    }

    @Test
    void inAOnePageKnowledgeBaseThePageStillStandsOutFromUnrelatedText() {
        List<FusedHit> fused = new ZScoreFusion(0.4).fuse(List.of(hit("only", 3.2)), List.of(hit("only", 0.93)), 50);

        assertThat(fused).singleElement().satisfies(p -> {
            assertThat(p.lexicalZ()).isGreaterThan(3);
            assertThat(p.semanticZ()).isGreaterThan(3);
        });
    }

    @Test
    void aSearchThatReturnsAFewMatchesOutOfMoreAskedForLiftsThemAboveTheRest() {
        List<SearchHit> lexical = List.of(hit("a", 5), hit("b", 4));

        double padded = new ZScoreFusion(1).fuse(lexical, List.of(), 50).getFirst().lexicalZ();
        double full = new ZScoreFusion(1).fuse(lexical, List.of(), 2).getFirst().lexicalZ();

        assertThat(padded).isGreaterThan(full);
    }

    @Test
    void weightOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new ZScoreFusion(1.5)).hasMessageContaining("between 0 and 1");
    }

    private static SearchHit hit(String id, double score) {
        return new SearchHit(id, id + ".md", id, "https://docs.example/" + id, 1, score, Set.of(), List.of());
    }
}
