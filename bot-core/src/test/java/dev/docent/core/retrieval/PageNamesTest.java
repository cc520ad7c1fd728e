package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.index.Identifiers;
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

    @Test
    void releaseNotesAreBroadByTheirFolderOrByATitleThatIsTheRelease() {
        assertThat(PageNames.broad("Version 0.18.0 (March 13, 2016)", "whatsnew/v0.18.0.html")).isTrue();
        assertThat(PageNames.broad("Version 0.18.0 (March 13, 2016)", "notes/v0.18.0.html")).isTrue();
        assertThat(PageNames.broad("Enhancements", "users/prev_whats_new/whats_new_3.5.0.html")).isTrue();
        assertThat(PageNames.broad("Indexing and selecting data", "user_guide/indexing.html")).isFalse();
        assertThat(PageNames.broad("2.3 Configuring the server", "admin/server.html")).isFalse();
    }

    @Test
    void aQualifiedNameTitlingAReferencePageIsNamedWithFewerQualifiersButNotByItsLastPartAlone() {
        assertThat(PageNames.titleNamed("pandas.DataFrame.xs", "allow list of keys in dataframe.xs",
                Identifiers.of("Allow list of keys in Dataframe.xs"))).isTrue();
        assertThat(PageNames.titleNamed("pandas.DataFrame.xs", "what does `xs` do?", Identifiers.of("what does `xs` do?"))).isFalse();
        assertThat(PageNames.titleNamed("pandas.Series.xs", "allow list of keys in dataframe.xs",
                Identifiers.of("Allow list of keys in Dataframe.xs"))).isFalse();
    }
}
