package dev.docent.indexer.parse;

import java.util.concurrent.Callable;

/** Runs a parse on a thread with a 1 MB stack, as an indexing worker has. */
public final class SmallStack {

    private SmallStack() {
    }

    /** What {@code parse} gives on such a thread; the error, if it overflows. */
    public static String run(Callable<String> parse) throws InterruptedException {
        String[] result = new String[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = parse.call();
            } catch (Throwable e) {
                result[0] = e.toString();
            }
        }, "small-stack", 1 << 20);
        thread.start();
        thread.join();
        return result[0];
    }
}
