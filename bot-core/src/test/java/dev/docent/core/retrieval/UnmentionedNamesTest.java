package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmentionedNamesTest {

    @Test
    void theSubjectLineNamesWhatARequestAsksFor() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("[Feature] npm workspaces --parallel\n"
                + "Running `npm run build --workspaces` builds one package_name after another.")))
                .containsExactly("parallel");
    }

    @Test
    void aShortQuestionIsItsOwnSubject() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("Can I set cacheLocation in the config file?")))
                .containsExactly("cachelocation");
    }

    @Test
    void aSnakeCaseNameIsAskedOnceAsWritten() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("Allow specifying reloader_type=stat via flask CLI\nThe reloader is slow.")))
                .containsExactly("reloader_type");
    }

    @Test
    void wordsSetSideBySideWithASlashAreProse() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("Add a modifier to identify a variable/parameter as destructured\nfor naming")))
                .isEmpty();
    }

    @Test
    void aReleaseIsNotWhatARequestAsksFor() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("[Feature] Support flat config overrides in v8.57.0, 9.x and 1.0.0-beta.1\nWe upgraded.")))
                .isEmpty();
        assertThat(UnmentionedNames.asked(SearchQuery.of("Support 3d-secure for card payments\nOur bank requires it.")))
                .as("a name that starts with a digit is still a name").containsExactly("3d-secure");
    }

    @Test
    void commonWordsJoinedIntoADescriptionAreNoName() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("Is there something like Promise.race for callback-style tasks?")))
                .doesNotContain("callback-style");
        assertThat(UnmentionedNames.asked(SearchQuery.of("Add a thread-safe, promise-based flush\nWe log from workers.")))
                .isEmpty();
        assertThat(UnmentionedNames.asked(SearchQuery.of("New rule: prefer-arrow-style\nArrow functions everywhere.")))
                .as("a rule's name ends otherwise").containsExactly("prefer-arrow-style");
    }

    @Test
    void aSubjectOfManyNamesIsPastedCodeNotARequest() {
        assertThat(UnmentionedNames.asked(SearchQuery.of("fooBar.baz(qux_quux, corge-grault, garplyWaldo, fred_plugh)\nthrows")))
                .isEmpty();
    }

    @Test
    void aNameIsGivenBackAsTheAskerWroteIt() {
        assertThat(UnmentionedNames.asWritten("[Feature] npm workspaces --parallel", "parallel")).isEqualTo("--parallel");
        assertThat(UnmentionedNames.asWritten("Add an \"allowNonIndexedObject\" option", "allownonindexedobject"))
                .isEqualTo("allowNonIndexedObject");
    }

    /** The check comes after retrieval succeeded: its failure leaves the request to its verdict, not the answer failed. */
    @Test
    void aCheckThatFailsFindsNoNameUnmentioned() {
        try (ElasticsearchConnection unreachable = ElasticsearchConnection.open(URI.create("http://127.0.0.1:9"), Optional.empty())) {
            UnmentionedNames names = new UnmentionedNames(new PassageSearch(unreachable));

            assertThat(names.of(SearchQuery.of("New Rule: max-functions-per-file\nlike max-classes-per-file"), Set.of("docs")).join())
                    .isEmpty();
        }
    }
}
