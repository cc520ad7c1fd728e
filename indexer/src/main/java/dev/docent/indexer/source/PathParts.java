package dev.docent.indexer.source;

import java.nio.file.Path;

/** Conventions that a file's name, or a folder's on its path, carries: hidden ({@code .git/}), partial ({@code _includes/}). */
final class PathParts {

    private PathParts() {
    }

    /** Whether the file's name, or any folder's between {@code root} and it, starts with {@code prefix}. */
    static boolean anyStartsWith(Path root, Path file, String prefix) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
