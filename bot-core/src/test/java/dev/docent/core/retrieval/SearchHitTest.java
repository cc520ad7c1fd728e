package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchHitTest {

    @Test
    void aPagesUrlIsItsPassagesWithoutTheSectionAnchor() {
        assertThat(SearchHit.pageUrlOf("https://docs.example/api/webhooks#retries"))
                .isEqualTo("https://docs.example/api/webhooks");
        assertThat(SearchHit.pageUrlOf("https://docs.example/api/webhooks")).isEqualTo("https://docs.example/api/webhooks");
        assertThat(SearchHit.pageUrlOf("https://docs.example/api/webhooks#")).isEqualTo("https://docs.example/api/webhooks");
    }

    @Test
    void aHashRouteIsPartOfThePageNotAnAnchor() {
        assertThat(SearchHit.pageUrlOf("https://undici.nodejs.org/#/docs/api/Client#parameter-clientoptions"))
                .isEqualTo("https://undici.nodejs.org/#/docs/api/Client");
        assertThat(SearchHit.pageUrlOf("https://undici.nodejs.org/#/docs/api/Client"))
                .isEqualTo("https://undici.nodejs.org/#/docs/api/Client");
    }
}
