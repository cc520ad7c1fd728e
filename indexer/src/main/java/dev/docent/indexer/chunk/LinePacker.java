package dev.docent.indexer.chunk;

import dev.docent.indexer.parse.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a code block or a table that is longer than a chunk between lines. Every part repeats the
 * block's frame - a code fence, a table's header row - so each still reads as code or as a table.
 */
final class LinePacker {

    private LinePacker() {
    }

    static List<String> split(TextBlock block, int maxChars) {
        List<String> lines = new ArrayList<>(block.text().lines().toList());
        String header = "";
        String footer = "";
        if (block.kind() == TextBlock.Kind.CODE && !lines.isEmpty() && lines.getFirst().strip().startsWith("```")) {
            header = lines.removeFirst() + "\n";
            if (!lines.isEmpty() && lines.getLast().strip().startsWith("```")) {
                footer = "\n" + lines.removeLast();
            }
        } else if (block.kind() == TextBlock.Kind.TABLE && lines.size() > 2 && lines.get(1).matches("[\\s|:-]+")) {
            header = lines.removeFirst() + "\n" + lines.removeFirst() + "\n";
        }
        int budget = maxChars - header.length() - footer.length();
        if (budget < maxChars / 4) {
            header = "";
            footer = "";
            budget = maxChars;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            for (String piece : cut(line, budget)) {
                if (!part.isEmpty() && part.length() + 1 + piece.length() > budget) {
                    parts.add(header + part + footer);
                    part.setLength(0);
                }
                if (!part.isEmpty()) {
                    part.append('\n');
                }
                part.append(piece);
            }
        }
        if (!part.isEmpty()) {
            parts.add(header + part + footer);
        }
        return parts;
    }

    /** A single line longer than the budget (minified code) is cut at the budget. */
    private static List<String> cut(String line, int budget) {
        if (line.length() <= budget) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < line.length(); from += budget) {
            pieces.add(line.substring(from, Math.min(line.length(), from + budget)));
        }
        return pieces;
    }
}
