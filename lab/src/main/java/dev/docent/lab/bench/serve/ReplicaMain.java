package dev.docent.lab.bench.serve;

import dev.docent.app.Main;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code docent serve} as the benchmark runs a replica: the real main, in a process of its own, that
 * exits when its standard input ends - when the benchmark closes it, or dies however it dies - so
 * that no replica outlives the run.
 */
public final class ReplicaMain {

    private ReplicaMain() {
    }

    public static void main(String[] args) {
        Thread.ofPlatform().daemon().name("bench-replica-parent-watch").start(() -> {
            try {
                System.in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // A broken pipe means the same as end of file: the benchmark is gone.
            }
            System.exit(0);
        });
        Main.main(args);
    }
}
