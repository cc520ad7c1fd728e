package dev.docent.elasticsearch;

import java.nio.file.Path;

/** A parent JVM for {@link ChildProcessTest}: starts a child node, prints its pid, waits to be killed. */
public final class ParentThatDies {

    static final String CHILD_PID = "CHILD_PID ";

    private ParentThatDies() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildElasticsearchProcess child =
                ChildElasticsearchProcess.start(ChildNodeOptions.forClasspath(Path.of(args[0]), Fixtures.classpathOfThisJvm()));
        System.out.println(CHILD_PID + child.pid());
        System.out.flush();
        Thread.currentThread().join();
    }
}
