package dev.docent.elasticsearch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The main class of the child JVM that {@link ChildElasticsearchProcess} launches: starts the node
 * on the data directory given as the first argument (and the HTTP port given as the second, if
 * any; else a free one; then a {@link ClusterMembership}'s arguments for a node of a cluster) and
 * reports on stdout per
 * {@link ChildNodeProtocol}. It exits when its stdin reaches end of file, which happens when the
 * parent closes it or dies for any reason, kill -9 included.
 */
public final class ChildNodeMain {

    private ChildNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // stdout is the protocol channel: anything else that prints goes to stderr (the log).
        PrintStream protocol = System.out;
        System.setOut(System.err);

        AtomicReference<EmbeddedElasticsearch> node = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedElasticsearch running = node.getAndSet(null);
            if (running != null) {
                running.close();
            }
        }, "docent-es-shutdown"));
        // Watching from the start: a parent that dies while the node starts takes it down too.
        Thread parentWatch = Thread.ofPlatform().daemon().name("docent-es-parent-watch").start(ChildNodeMain::exitWhenParentLetsGo);

        try {
            node.set(EmbeddedElasticsearch.start(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0,
                    ClusterMembership.parse(List.of(args))));
            protocol.println(ChildNodeProtocol.ready(node.get().httpUri().getPort()));
            protocol.close();
        } catch (EmbeddedElasticsearchException e) {
            exitWithFailure(protocol, e.getMessage());
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            exitWithFailure(protocol, e.toString());
        }
        // Elasticsearch's threads are all daemons: this (non-daemon) thread keeps the JVM alive.
        parentWatch.join();
    }

    private static void exitWhenParentLetsGo() {
        try {
            System.in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // A broken pipe means the same thing as end of file: the parent is gone.
        }
        System.exit(0);
    }

    private static void exitWithFailure(PrintStream protocol, String reason) {
        protocol.println(ChildNodeProtocol.failed(reason));
        protocol.flush();
        System.exit(1);
    }
}
