package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.testing.SupportDocs;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@EmbeddedElasticsearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpellingCorrectionOnEmbeddedNodeTest {

    private static final String KB = "spelling";
    private static final Set<String> SCOPE = Set.of(KB);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private PassageSearch search;
    private HybridRetriever retriever;

    @BeforeAll
    void writeDocs() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        new KnowledgeBaseCatalog(connection, Clock.systemUTC()).createIfAbsent(KB);
        SupportDocs.write(connection, List.of(
                passage("accounts/passwords.md", "Passwords", "A password needs at least 12 characters. Change your password in Settings."),
                passage("accounts/reset.md", "Reset a password", "Forgot your password? Ask for a reset link on the sign-in page."),
                passage("security/policy.md", "Security policy", "Admins can require a new password every 90 days."),
                passage("api/pagination.md", "Pagination", "A page holds at most 100 results; the minimum page length is 1.")));
        search = new PassageSearch(connection);
        retriever = new HybridRetriever(search, QueryEmbedder.forBge(SupportDocs.model()), HybridRetriever.Settings.defaults(),
                RelevanceModel.bundled().ranker());
    }

    @AfterAll
    void close() {
        connection.close();
    }

    @Test
    void theIndexNamesTheWordsNoPassageHoldsWithTheClosestOneThatDoes() {
        List<Misspelling> found = search.misspellings("minimum pasword length", SCOPE).join();

        assertThat(found).as("minimum and length are in a passage").singleElement().satisfies(m -> {
            assertThat(m.word()).isEqualTo("pasword");
            assertThat(m.correction()).isEqualTo("password");
            assertThat(m.offset()).isEqualTo("minimum ".length());
            assertThat(m.length()).isEqualTo("pasword".length());
            assertThat(m.pages()).isEqualTo(3);
        });
    }

    @Test
    void aShortQuestionWithAMistypedWordFindsThePageThatUsesTheWord() {
        Retrieval retrieval = retriever.retrieve("minimum pasword length?", SCOPE);

        assertThat(retrieval.query().text()).isEqualTo("minimum password length?");
        assertThat(retrieval.pages().getFirst().documentId()).isEqualTo("accounts/passwords.md");
    }

    @Test
    void aLongQuestionIsSearchedAsAsked() {
        String question = "We set a minimum pasword length for everyone in the workspace last month, but people who signed up "
                + "before that still sign in with short ones. Is the minimum applied at the next sign-in, at the next change, "
                + "or never for existing accounts? We would rather not force everyone to change theirs today.";

        assertThat(retriever.retrieve(question, SCOPE).query().text()).isEqualTo(question);
    }

    private static IndexedPassage passage(String doc, String title, String text) {
        return IndexedPassage.of(KB, doc, 0, title, List.of(), text, "https://docs.example/" + doc, "hash-" + doc, null);
    }
}
