package dev.docent.indexer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Quarto renders beside a project's pages: the site ({@code _site/}) or book ({@code _book/}), or
 * the folder {@code _quarto.yml} names as {@code output-dir} (often {@code docs/}, for GitHub Pages), and
 * the frozen results of its code cells ({@code _freeze/}). Each rendered page is a {@code .qmd} page
 * again, and both were among the pages to read; the source is kept, as it is what a page's URL
 * template names. A project is known by its {@code _quarto.yml}.
 */
final class QuartoBuildFiles {

    private static final List<String> PROJECT_FILES = List.of("_quarto.yml", "_quarto.yaml");
    private static final Set<String> OUTPUT_FOLDERS = Set.of("_site", "_book", "_freeze");
    private static final Pattern OUTPUT_DIR = Pattern.compile("(?m)^\\s*output-dir:\\s*[\"']?([^\"'\\s#]+)");

    private final Path root;
    private final Map<Path, List<Path>> outputFoldersByFolder = new HashMap<>();

    QuartoBuildFiles(Path root) {
        this.root = root;
    }

    /** Whether {@code file}, under the root, lies in what a Quarto project under the root rendered. */
    boolean isBuildOutput(Path file) {
        for (Path project = file.getParent(); project != null && project.startsWith(root); project = project.getParent()) {
            Path inProject = project.relativize(file);
            if (inProject.getNameCount() > 1 && outputFoldersByFolder.computeIfAbsent(project, QuartoBuildFiles::outputFolders)
                    .stream().anyMatch(inProject::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The folders the project at {@code folder} renders into, relative to it; none when no project is there. */
    private static List<Path> outputFolders(Path folder) {
        for (String name : PROJECT_FILES) {
            Path project = folder.resolve(name);
            if (Files.isRegularFile(project)) {
                List<Path> folders = new ArrayList<>(OUTPUT_FOLDERS.stream().map(Path::of).toList());
                try {
                    Matcher outputDir = OUTPUT_DIR.matcher(Files.readString(project));
                    if (outputDir.find()) {
                        folders.add(Path.of(outputDir.group(1)).normalize());
                    }
                } catch (IOException | RuntimeException e) {
                    // An unreadable project file still marks a project: its default folders are its output.
                }
                return folders;
            }
        }
        return List.of();
    }
}
