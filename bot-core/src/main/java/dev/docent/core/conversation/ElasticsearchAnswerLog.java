package dev.docent.core.conversation;

import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.docent.core.answer.Answer;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.question.Question;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Every answer given in a chat, by id, in Elasticsearch - shared by all bot replicas, so a button
 * clicked on one replica finds the answer another replica gave.
 */
public final class ElasticsearchAnswerLog implements AnswerLog {

    public static final String INDEX = "docent-answers";

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ElasticsearchAnswerLog(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, ConversationMapping.of());
    }

    @Override
    public AnsweredQuestion record(String platform, Question question, Answer answer) {
        AnsweredQuestion answered = new AnsweredQuestion(UUID.randomUUID().toString(), platform, question.place().tenant(),
                question.place().channel(), question.user(), question.text(), answer.text(), answer.citations(),
                answer.intent().orElse(null), answer.decision().action().name().toLowerCase(Locale.ROOT),
                answer.decision().reason().orElse(null), answer.grounded(),
                answer.trace().knowledgeBases().stream().sorted().toList(), clock.instant());
        elasticsearch.createIfAbsent(INDEX, answered.id(), new LoggedAnswer(answered, AnswerFacts.of(answer)));
        return answered;
    }

    @Override
    public Optional<AnsweredQuestion> find(String id) {
        GetResponse<AnsweredQuestion> response = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(id), AnsweredQuestion.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }
}
