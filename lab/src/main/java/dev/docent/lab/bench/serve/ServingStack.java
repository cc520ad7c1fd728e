package dev.docent.lab.bench.serve;

import io.micrometer.core.instrument.Counter;
import java.util.List;
import java.util.Optional;

/**
 * Docent serving Slack in HTTP mode for the benchmark, however it runs: in this process
 * ({@link ServeStack}) or as {@code docent serve} replicas in processes of their own in front of a
 * cluster ({@link ReplicaStack}). The load and the fake Slack are the same either way.
 */
interface ServingStack extends AutoCloseable {

    FakeSlackApi slack();

    /** Where the askers' mentions go: every replica in turn. */
    SignedMentions mentions();

    /** A replica's HTTP port, for watching its /health. */
    int healthPort();

    /** The processes the figures are about: Docent's, Elasticsearch's, the benchmark's own. */
    List<WatchedProcess> processes();

    /** Docent's answer cache counter ("hit" or "miss"), when it counts in this process. */
    Optional<Counter> cacheCounter(String result);

    boolean answerCacheOn();

    @Override
    void close();
}
