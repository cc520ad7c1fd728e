package dev.docent.indexer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What mdBook shows of a file that a page includes ({@code {{#include ../listings/main.rs:here}}}): the lines
 * between the file's {@code ANCHOR: here} and {@code ANCHOR_END: here} comments, or a range of lines
 * ({@code :3:7}, {@code :3:}, {@code ::7}, {@code :5}), or the whole file - never its anchor comments. The
 * Rust book's and Cargo's examples are written so; read as written, every example was its include line.
 */
final class MdBookIncludes {

    private static final Pattern ANCHOR_LINE = Pattern.compile("\\bANCHOR(?:_END)?:\\s*[\\w-]+");
    private static final Pattern RANGE = Pattern.compile("(\\d*)(?::(\\d*))?");

    private MdBookIncludes() {
    }

    /** @param selector what follows the path's colon: an anchor's name, a line range, or "" for the whole file */
    static Optional<String> shown(String text, String selector) {
        List<String> lines = List.of(text.split("\\R", -1));
        Matcher range = RANGE.matcher(selector);
        List<String> part;
        if (selector.isEmpty()) {
            part = lines;
        } else if (range.matches()) {
            int from = range.group(1).isEmpty() ? 1 : Integer.parseInt(range.group(1));
            int to = range.group(2) == null ? from : range.group(2).isEmpty() ? lines.size() : Integer.parseInt(range.group(2));
            part = from > lines.size() ? List.of() : lines.subList(Math.max(0, from - 1), Math.min(lines.size(), Math.max(from, to)));
        } else {
            part = anchored(lines, selector);
        }
        List<String> shown = part.stream().filter(line -> !ANCHOR_LINE.matcher(line).find()).toList();
        String joined = String.join("\n", shown).stripTrailing();
        return joined.isBlank() ? Optional.empty() : Optional.of(joined);
    }

    private static List<String> anchored(List<String> lines, String name) {
        Pattern start = Pattern.compile("\\bANCHOR:\\s*" + Pattern.quote(name) + "\\b");
        Pattern end = Pattern.compile("\\bANCHOR_END:\\s*" + Pattern.quote(name) + "\\b");
        List<String> part = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (start.matcher(line).find()) {
                inside = true;
            } else if (end.matcher(line).find()) {
                inside = false;
            } else if (inside) {
                part.add(line);
            }
        }
        return part;
    }
}
