package dev.docent.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child node that is started again when it dies: on the same HTTP port, so every client keeps
 * its address, after a backoff that doubles from one second, and at most {@link #MAX_RESTARTS}
 * times in a row - a node that keeps dying is left down and says so, rather than restarting for
 * ever. A node that stayed up for {@link #STABLE_AFTER} earns a fresh series of restarts.
 */
public final class SupervisedNode implements AutoCloseable {

    /** What the supervisor knows of its node. */
    public enum State {
        UP,
        /** The node died; a restart is scheduled or under way. */
        RECOVERING,
        /** The node died and could not be brought back: Docent must be restarted. */
        DOWN
    }

    static final int MAX_RESTARTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration STABLE_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SupervisedNode.class);

    private final Function<Integer, ChildElasticsearchProcess> launcher;
    private final ScheduledExecutorService timer;
    private final URI httpUri;
    private volatile ChildElasticsearchProcess node;
    private volatile State state = State.UP;
    private volatile boolean closing;
    private int restartsInARow;
    private long upSince;

    private SupervisedNode(Function<Integer, ChildElasticsearchProcess> launcher, ChildElasticsearchProcess first,
                           ScheduledExecutorService timer) {
        this.launcher = launcher;
        this.timer = timer;
        this.node = first;
        this.httpUri = first.httpUri();
        this.upSince = System.nanoTime();
        watch(first);
    }

    /**
     * Starts the node and watches it.
     *
     * @param timer schedules restarts; the supervisor shuts it down on {@link #close}
     */
    public static SupervisedNode start(ChildNodeOptions options, ScheduledExecutorService timer) {
        ChildElasticsearchProcess first = ChildElasticsearchProcess.start(options);
        return new SupervisedNode(port -> ChildElasticsearchProcess.start(options.withHttpPort(port)), first, timer);
    }

    public URI httpUri() {
        return httpUri;
    }

    public State state() {
        return state;
    }

    /** The running child's process id (it changes with every restart). */
    public long pid() {
        return node.pid();
    }

    private void watch(ChildElasticsearchProcess child) {
        child.onExit().thenRun(() -> died(child));
    }

    private synchronized void died(ChildElasticsearchProcess child) {
        if (closing || child != node) {
            return;
        }
        if (System.nanoTime() - upSince > STABLE_AFTER.toNanos()) {
            restartsInARow = 0;
        }
        log.atWarn().addKeyValue("pid", child.pid()).addKeyValue("restartsInARow", restartsInARow)
                .log("the embedded Elasticsearch node died");
        scheduleRestart();
    }

    private void scheduleRestart() {
        if (restartsInARow >= MAX_RESTARTS) {
            state = State.DOWN;
            log.atError().addKeyValue("restarts", restartsInARow)
                    .log("the embedded Elasticsearch node keeps dying; giving up: restart Docent, and see the node's logs");
            return;
        }
        state = State.RECOVERING;
        long backoff = FIRST_BACKOFF.toMillis() << restartsInARow;
        restartsInARow++;
        timer.schedule(this::restart, backoff, TimeUnit.MILLISECONDS);
    }

    private synchronized void restart() {
        if (closing) {
            return;
        }
        try {
            ChildElasticsearchProcess restarted = launcher.apply(httpUri.getPort());
            node = restarted;
            upSince = System.nanoTime();
            state = State.UP;
            log.atInfo().addKeyValue("pid", restarted.pid()).log("the embedded Elasticsearch node is back");
            watch(restarted);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("error", e.getClass().getName()).log("the embedded Elasticsearch node did not restart");
            scheduleRestart();
        }
    }

    @Override
    public synchronized void close() {
        closing = true;
        timer.shutdownNow();
        node.close();
    }
}
