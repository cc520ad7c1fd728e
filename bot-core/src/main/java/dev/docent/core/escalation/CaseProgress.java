package dev.docent.core.escalation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * Where a case stands, kept beside it: who took it and when, who closed it and when. A case
 * nobody has touched has all four null (so do cases recorded before cases could be taken).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseProgress(String takenBy, Instant takenAt, String closedBy, Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
