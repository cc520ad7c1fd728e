package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.error.UserInputException;
import dev.docent.core.knowledge.InvalidKnowledgeBaseNameException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseIndicesTest {

    @Test
    void aliasAndVersionedIndexNamesDeriveFromTheKnowledgeBase() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:30.123Z"), ZoneOffset.UTC);
        assertThat(KnowledgeBaseIndices.alias("product-docs")).isEqualTo("docent-kb-product-docs");
        assertThat(KnowledgeBaseIndices.newVersion("product-docs", clock))
                .isEqualTo("docent-kb-product-docs-20261124-101530-123");
        assertThat(KnowledgeBaseIndices.aliases(List.of("b", "a"))).containsExactly("docent-kb-a", "docent-kb-b");
    }

    @Test
    void knowledgeBaseIsReadBackFromItsAliasOnly() {
        assertThat(KnowledgeBaseIndices.knowledgeBaseOf("docent-kb-runbooks")).isEqualTo("runbooks");
        assertThat(KnowledgeBaseIndices.knowledgeBaseOf("logs-2026")).isNull();
        assertThat(KnowledgeBaseIndices.knowledgeBaseOf("docent-kb-Bad Name")).isNull();
    }

    @Test
    void namesThatCannotBeIndexNamesAreRefused() {
        for (String bad : new String[] {"", "Product", "a b", "../x", "-x", "x".repeat(64)}) {
            assertThatThrownBy(() -> KnowledgeBaseIndices.alias(bad))
                    .isInstanceOf(InvalidKnowledgeBaseNameException.class)
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("Invalid knowledge base name");
        }
    }
}
