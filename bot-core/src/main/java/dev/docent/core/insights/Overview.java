package dev.docent.core.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * How Docent did over a scope: what happened to the questions (in total and per day, UTC), the
 * votes on their answers, how long answering took, how often the answer cache served, and what the
 * model cost. A figure nothing was recorded for is null (e.g. latency before any answer, the cost
 * when no model price is configured), never a misleading zero.
 *
 * @param facets the tenants, platforms and knowledge bases seen in the period, to filter by
 */
public record Overview(
        Scope scope,
        Outcomes outcomes,
        List<Day> days,
        long helpfulVotes,
        long notHelpfulVotes,
        Double latencyP50Ms,
        Double latencyP95Ms,
        Double cacheHitRate,
        long inputTokens,
        long outputTokens,
        Double estimatedCostUsd,
        Facets facets) {

    public Overview {
        days = List.copyOf(days);
    }

    /**
     * What Docent did with the questions: answered, answered and offered a person, or escalated
     * (these add up to the questions); and how many the docs did not cover (an answer of any kind
     * without a citation).
     */
    public record Outcomes(long questions, long answered, long offeredPerson, long escalated, long notInDocs) {
    }

    /** One day's questions by outcome. */
    public record Day(LocalDate day, long answered, long offeredPerson, long escalated) {

        public long questions() {
            return answered + offeredPerson + escalated;
        }
    }

    public record Facets(List<String> tenants, List<String> platforms, List<String> knowledgeBases) {

        public Facets {
            tenants = List.copyOf(tenants);
            platforms = List.copyOf(platforms);
            knowledgeBases = List.copyOf(knowledgeBases);
        }
    }
}
