package dev.docent.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.core.intent.InvalidIntentModelException;
import dev.docent.core.knowledge.InvalidKnowledgeBaseNameException;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.question.InvalidQuestionException;
import dev.docent.core.reindex.ReindexInProgressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocentExceptionTest {

    @Test
    void eachDomainFailureSaysWhoseProblemItIs() {
        assertThat(new InvalidQuestionException("empty")).isInstanceOf(UserInputException.class);
        assertThat(new UnknownKnowledgeBaseException(List.of("x"), List.of("y"))).isInstanceOf(UserInputException.class);
        assertThat(new InvalidKnowledgeBaseNameException("bad")).isInstanceOf(UserInputException.class);
        assertThat(new InvalidIntentModelException("damaged")).isInstanceOf(UserInputException.class);
        assertThat(new ElasticsearchUnavailableException("down", null)).isInstanceOf(UnavailableException.class)
                .extracting(UnavailableException::service).isEqualTo("Elasticsearch");
        assertThat(new ReindexInProgressException("busy")).isInstanceOf(ConflictException.class);
    }

    @Test
    void networkFailuresAreDescribedInDocentsWordsNotTheLibrarys() {
        IOException refused = new IOException("transport failed: java.net.ConnectException: Connection refused (os error 111)",
                new ConnectException("Connection refused (os error 111)"));
        assertThat(Causes.describe(refused)).isEqualTo("connection refused");
        assertThat(Causes.network(new UncheckedIOException(refused))).contains("connection refused");
        assertThat(Causes.describe(new UnknownHostException("es.internal: Name or service not known")))
                .isEqualTo("unknown host es.internal");
        assertThat(Causes.describe(new AccessDeniedException("/srv/docs"))).isEqualTo("permission denied");
    }

    @Test
    void anUnknownCauseIsNamedByItsKindWithoutItsMessage() {
        assertThat(Causes.describe(new IllegalStateException("Expected BEGIN_OBJECT but was STRING at line 1 column 1")))
                .isEqualTo("an unexpected IllegalStateException");
        assertThat(Causes.network(new IllegalStateException("x"))).isEmpty();
    }
}
