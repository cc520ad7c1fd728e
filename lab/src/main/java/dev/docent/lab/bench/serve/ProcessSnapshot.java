package dev.docent.lab.bench.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The watched processes at one moment: pid, resident memory and CPU time used so far. */
final class ProcessSnapshot {

    private record Seen(String role, Long pid, Double mb, Duration cpu) {
    }

    private final long atNanos;
    private final List<Seen> seen;

    private ProcessSnapshot(long atNanos, List<Seen> seen) {
        this.atNanos = atNanos;
        this.seen = seen;
    }

    static ProcessSnapshot take(List<WatchedProcess> processes) {
        List<Seen> seen = new ArrayList<>();
        for (WatchedProcess watched : processes) {
            Optional<ProcessHandle> process = watched.process().get();
            seen.add(new Seen(watched.role(), process.map(ProcessHandle::pid).orElse(null),
                    process.flatMap(p -> ResidentMemory.megabytes(p.pid())).orElse(null),
                    process.flatMap(p -> p.info().totalCpuDuration()).orElse(null)));
        }
        return new ProcessSnapshot(System.nanoTime(), seen);
    }

    /** Each process from this snapshot to {@code after}, a later one of the same processes. */
    List<ProcessUse> until(ProcessSnapshot after) {
        double seconds = (after.atNanos - atNanos) / 1e9;
        List<ProcessUse> uses = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            Seen before = seen.get(i);
            Seen later = after.seen.get(i);
            boolean same = before.pid() != null && before.pid().equals(later.pid()) && before.cpu() != null && later.cpu() != null;
            Double cores = same && seconds > 0 ? later.cpu().minus(before.cpu()).toMillis() / 1000.0 / seconds : null;
            uses.add(new ProcessUse(before.role(), before.pid(), before.mb(), later.pid(), later.mb(), cores));
        }
        return uses;
    }
}
