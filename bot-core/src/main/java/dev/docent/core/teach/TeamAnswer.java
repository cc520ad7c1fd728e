package dev.docent.core.teach;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Optional;

/**
 * An answer a person from the team gave to an escalated question, kept so that the next asker of
 * the same thing gets it instead of another escalation.
 *
 * @param id        the escalation case it answers (one team answer per case; saving again replaces it)
 * @param author    who saved it (a platform user id)
 * @param link      the thread the answer was given in, if the platform gave a link
 * @param published whether public places may see it too; team answers are internal until someone publishes them
 * @param retired   no longer given to anyone
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamAnswer(String id, String tenant, String question, String answer, String author, Instant time,
                         String link, boolean published, boolean retired) {

    public Optional<String> threadLink() {
        return Optional.ofNullable(link).filter(l -> !l.isBlank());
    }

    public TeamAnswer withAnswer(String edited) {
        return new TeamAnswer(id, tenant, question, edited, author, time, link, published, retired);
    }

    public TeamAnswer withPublished(boolean nowPublished) {
        return new TeamAnswer(id, tenant, question, answer, author, time, link, nowPublished, retired);
    }

    public TeamAnswer retire() {
        return new TeamAnswer(id, tenant, question, answer, author, time, link, published, true);
    }
}
