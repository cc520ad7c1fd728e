package dev.docent.core.teach;

import java.util.List;
import java.util.Optional;

/** The team answers of every tenant: saved from a case's thread, reviewed, published or retired. */
public interface TeamAnswers {

    /** Stores the answer and makes it searchable where it may be seen; replaces an earlier answer to the same case. */
    void save(TeamAnswer answer);

    Optional<TeamAnswer> find(String id);

    /** The tenant's team answers, newest first (every tenant's when {@code tenant} is empty). */
    List<TeamAnswer> list(Optional<String> tenant);
}
