package dev.docent.elasticsearch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of the node's log files, for an error message about a node that did not start. */
final class LogTail {

    private static final int LINES = 20;
    private static final int MAX_BYTES = 16 * 1024;

    private LogTail() {
    }

    static String of(Path logsDir, List<String> fileNames) {
        StringBuilder tail = new StringBuilder();
        for (String name : fileNames) {
            Path file = logsDir.resolve(name);
            String lines = lastLines(file);
            if (lines.isBlank() == false) {
                tail.append(System.lineSeparator()).append("Last lines of ").append(file).append(':')
                        .append(System.lineSeparator()).append(lines);
            }
        }
        return tail.toString();
    }

    private static String lastLines(Path file) {
        if (Files.isRegularFile(file) == false) {
            return "";
        }
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, log.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            return Arrays.stream(lines, Math.max(0, lines.length - LINES), lines.length)
                    .map(line -> "  " + line)
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException e) {
            return "  (unreadable: " + e.getMessage() + ")";
        }
    }
}
