package dev.docent.lab.bench.serve;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A process whose memory and CPU the benchmark reports, by its role ("docent", "replica-2",
 * "es node-1"...). Its pid is asked for each time: a node the supervisor restarts has a new one.
 */
record WatchedProcess(String role, Supplier<Optional<ProcessHandle>> process) {

    static WatchedProcess of(String role, long pid) {
        return new WatchedProcess(role, () -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive));
    }
}
