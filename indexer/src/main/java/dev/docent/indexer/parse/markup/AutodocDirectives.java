package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mkdocstrings' {@code ::: package.module.Class} line, with its indented {@code options:}, is where the
 * built page shows the object's docstrings; the source holds none of them. It was read as a container
 * of kind "package" titled ".module.Class", and its options as text. The directive and its options go:
 * a dotted name, or any name whose next line is an indented option, is an object, not a callout's kind
 * ({@code ::: tip} opens a callout).
 */
final class AutodocDirectives {

    private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*):::\\s+([A-Za-z_]\\w*(?:\\.\\w+)*)\\s*$");
    private static final Pattern OPTION = Pattern.compile("^\\s+(?:options|handler|selection|rendering):\\s*.*$");

    private AutodocDirectives() {
    }

    static List<String> removed(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher directive = DIRECTIVE.matcher(line);
            boolean followedByOption = i + 1 < lines.size() && OPTION.matcher(lines.get(i + 1)).matches();
            if (fences.isCode(line) || !directive.matches() || !directive.group(2).contains(".") && !followedByOption) {
                out.add(line);
                continue;
            }
            int indent = directive.group(1).length();
            while (i + 1 < lines.size() && indentOf(lines.get(i + 1)) > indent) {
                i++;
            }
        }
        return out;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return indent == line.length() ? -1 : indent;
    }
}
