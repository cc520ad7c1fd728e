package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNamesTest {

    @Test
    void aReferencePageTitledByKindAndNameIsNamedByTheNameAsItIsSpelled() {
        assertThat(PageNames.typeNamed("class: Dialog", "What does Dialog do?")).isTrue();
        assertThat(PageNames.typeNamed("Struct syn::punctuated::Punctuated", "What does Punctuated do?")).isTrue();
        assertThat(PageNames.typeNamed("Struct syn::Path", "What is syn::Path?")).isTrue();
        assertThat(PageNames.typeNamed("class: Page", "How do I wait for the page to load?")).isFalse();
        assertThat(PageNames.typeNamed("class: Dialog", "What do Dialogs do?")).isFalse();
        assertThat(PageNames.typeNamed("Dialogs", "What does Dialog do?")).isFalse();
    }

    @Test
    void aListOfDeprecationsIsABroadPageLikeAChangelogButAPolicyIsNot() {
        assertThat(PageNames.broad("Deprecations and Removals", "deprecations.html")).isTrue();
        assertThat(PageNames.broad("Deprecated APIs", "deprecations.md")).isTrue();
        assertThat(PageNames.broad("Rule Deprecation", "use/rule-deprecation.md")).isFalse();
    }
}
