package dev.docent.indexer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** A generator's build is known by a file it writes at its root: rustdoc's {@code crates.js}, Javadoc's {@code element-list}. */
final class BuildMarkers {

    private BuildMarkers() {
    }

    /** Whether a folder between {@code file} and {@code root} holds one of the {@code markers}. */
    static boolean isInsideBuild(Path root, Path file, Set<String> markers) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
            if (holdsOne(folder, markers)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code file} sits at the root of a build: beside one of the {@code markers}. */
    static boolean isAtBuildRoot(Path file, Set<String> markers) {
        return file.getParent() != null && holdsOne(file.getParent(), markers);
    }

    /**
     * Whether {@code file} lies in a folder named one of {@code folders} that sits at the root of a
     * build, next to one of the {@code markers}: a build's copies of its sources, not a docs folder
     * that happens to share the name.
     */
    static boolean isInBuildFolder(Path root, Path file, Set<String> folders, Set<String> markers) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(root) && !folder.equals(root);
                folder = folder.getParent()) {
            if (folders.contains(folder.getFileName().toString()) && holdsOne(folder.getParent(), markers)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsOne(Path folder, Set<String> markers) {
        return markers.stream().anyMatch(marker -> Files.isRegularFile(folder.resolve(marker)));
    }
}
