package dev.docent.app.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.core.error.Causes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code docent.yml} into {@link DocentConfig} and checks all of it at start: every problem
 * is reported at once, each as {@code <file>:<line>:<column>: <key>: <what is wrong>}, with the
 * line and column of the key or value it is about (read from the YAML node tree) - unknown keys
 * (with the key that was probably meant), values of the wrong type, bad values, missing ones.
 * Keys renamed since earlier versions are still read, each with one deprecation note.
 */
public final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    /**
     * A configuration and what in it is outdated.
     *
     * @param deprecations one line per old key still in use, in the form of the problems
     */
    public record Loaded(DocentConfig config, List<String> deprecations) {
    }

    private ConfigLoader() {
    }

    /** Reads and checks {@code file}; deprecation notes are logged at WARN. */
    public static DocentConfig load(Path file) {
        Loaded loaded = read(file);
        loaded.deprecations().forEach(note -> log.warn("{}", note));
        return loaded.config();
    }

    /**
     * Reads and checks {@code file}, returning the deprecation notes for the caller to show once.
     *
     * @throws InvalidConfigException listing every problem, one per line
     */
    public static Loaded read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + Causes.describe(e) + ")");
        }
        Node root = parse(file, text);
        if (root == null) {
            return new Loaded(DocentConfig.empty(), List.of());
        }
        Reading reading = new Reading();
        ObjectNode current = DocentYml.read(root, reading);
        if (reading.hasProblems() || current == null) {
            throw new InvalidConfigException(String.join("\n",
                    reading.problems().stream().map(problem -> problem.describe(file)).toList()));
        }
        return new Loaded(DocentYml.bind(current), reading.notes().stream().map(note -> note.describe(file)).toList());
    }

    /** The file's node tree; null for a file with nothing in it (or only comments). */
    private static Node parse(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported with both lines by the check, not by the parser
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "" : " (" + e.getProblem().replace("\t", "\\t") + ")";
            throw new InvalidConfigException(file + where + ": not valid YAML" + problem);
        } catch (YAMLException e) {
            throw new InvalidConfigException(file + ": not valid YAML");
        }
    }
}
