package dev.docent.app.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The command line's three streams: answers on out, progress and errors on err, questions from in. */
public record Console(InputStream in, PrintStream out, PrintStream err) {

    public static Console system() {
        return new Console(System.in, System.out, System.err);
    }
}
