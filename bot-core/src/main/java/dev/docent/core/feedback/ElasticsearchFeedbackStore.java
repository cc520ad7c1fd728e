package dev.docent.core.feedback;

import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ConversationMapping;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;

/**
 * Votes on answers, in Elasticsearch. A reader votes once per answer: a second click, on any
 * replica, changes nothing.
 */
public final class ElasticsearchFeedbackStore implements FeedbackStore {

    public static final String INDEX = "docent-feedback";

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ElasticsearchFeedbackStore(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, ConversationMapping.of());
    }

    /** Returns false if this user had already voted on this answer (the first vote stands). */
    @Override
    public boolean record(AnsweredQuestion answered, String user, Vote vote) {
        Feedback feedback = new Feedback(answered.id(), answered.tenant(), answered.channel(), user, vote, answered,
                clock.instant());
        return elasticsearch.createIfAbsent(INDEX, answered.id() + ":" + user, feedback);
    }
}
