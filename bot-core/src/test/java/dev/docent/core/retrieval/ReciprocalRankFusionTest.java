package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private final ReciprocalRankFusion rrf = new ReciprocalRankFusion(60);

    @Test
    void passageFoundByBothSearchesOutranksPassagesFoundByOne() {
        List<SearchHit> lexical = List.of(hit("a", 12), hit("b", 9), hit("c", 3));
        List<SearchHit> semantic = List.of(hit("d", 0.95), hit("b", 0.93), hit("e", 0.90));

        List<FusedHit> fused = rrf.fuse(lexical, semantic, 10);

        assertThat(fused).extracting(FusedHit::id).startsWith("b");
        assertThat(fused).extracting(FusedHit::id).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        FusedHit b = fused.getFirst();
        assertThat(b.fusedScore()).isCloseTo(2.0 / 62, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(b.lexicalRank()).hasValue(2);
        assertThat(b.semanticRank()).hasValue(2);
        assertThat(b.semanticScore()).hasValue(0.93);
    }

    @Test
    void lexicalOnlyPassageHasNoSemanticScore() {
        List<FusedHit> fused = rrf.fuse(List.of(hit("a", 5)), List.of(), 10);
        assertThat(fused).singleElement().satisfies(p -> {
            assertThat(p.semanticScore()).isEmpty();
            assertThat(p.semanticRank()).isEmpty();
            assertThat(p.lexicalRank()).hasValue(1);
        });
    }

    @Test
    void theFusedRankingHoldsTwiceTheDepthAndKeepsTheBest() {
        List<FusedHit> fused = rrf.fuse(List.of(hit("a", 3), hit("b", 2), hit("c", 1), hit("d", 0.5), hit("e", 0.4)),
                List.of(hit("c", 0.9)), 1);
        assertThat(fused).extracting(FusedHit::id).containsExactly("c", "a");
    }

    private static SearchHit hit(String id, double score) {
        return new SearchHit(id, id + ".md", id, "https://docs.example/" + id, 1, score, Set.of(), List.of());
    }
}
