package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callout boxes lose their markers and keep their body, led by a label ("Tip:", "Warning: Title")
 * that keeps the author's emphasis in the text a reader is quoted:
 * <ul>
 *   <li>containers ({@code ::: tip}, {@code :::note Title}, {@code :::note[Title]} ... {@code :::}) of VuePress,
 *       VitePress, Docusaurus and markdown-it-container;</li>
 *   <li>MkDocs ({@code !!! note "Title"}, {@code ??? tip}) with a body indented by four spaces;</li>
 *   <li>MkDocs content tabs ({@code === "Python"}, Material's pymdownx.tabbed), indented the same way: the tab's
 *       title stays as a line, as a Sphinx tab's does, and its body is no longer read as an indented code block;</li>
 *   <li>GitHub alerts ({@code > [!NOTE]} followed by quoted lines).</li>
 * </ul>
 * Kinds that are not callouts ({@code ::: correct}, {@code :::img-container}) get no label.
 */
final class Admonitions {

    private static final Pattern CONTAINER_END = Pattern.compile("^\\s*:{3,}\\s*$");
    private static final Pattern CONTAINER = Pattern.compile("^\\s*:{3,}\\s*([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern MKDOCS = Pattern.compile("^(\\s*)(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)[^\"]*(?:\"([^\"]*)\")?\\s*$");
    private static final Pattern MKDOCS_TAB = Pattern.compile("^(\\s*)===[+!]?\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern GITHUB_ALERT = Pattern.compile("^\\s*>\\s*\\[!([A-Za-z]+)]\\s*(.*)$");
    private static final Pattern QUOTED = Pattern.compile("^\\s*> ?");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("note", "Note"), Map.entry("info", "Info"), Map.entry("tip", "Tip"), Map.entry("hint", "Hint"),
            Map.entry("important", "Important"), Map.entry("warning", "Warning"), Map.entry("caution", "Caution"),
            Map.entry("danger", "Danger"), Map.entry("attention", "Attention"), Map.entry("error", "Error"),
            Map.entry("bug", "Bug"), Map.entry("example", "Example"), Map.entry("question", "Question"),
            Map.entry("quote", "Quote"), Map.entry("summary", "Summary"), Map.entry("abstract", "Summary"),
            Map.entry("success", "Success"), Map.entry("failure", "Failure"), Map.entry("details", "Details"));

    private Admonitions() {
    }

    static List<String> unwrap(List<String> page) {
        List<String> lines = new ArrayList<>(page);
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (fences.isCode(line)) {
                out.add(line);
            } else if (CONTAINER_END.matcher(line).matches()) {
                out.add(""); // the body's last paragraph must not run into what follows
            } else if ((m = CONTAINER.matcher(line)).matches()) {
                open(out, m.group(1), containerTitle(m.group(2)));
            } else if ((m = MKDOCS.matcher(line)).matches()) {
                open(out, m.group(2), m.group(3));
                dedentBody(lines, i + 1, m.group(1));
            } else if ((m = MKDOCS_TAB.matcher(line)).matches()) {
                open(out, "tab", m.group(2));
                dedentBody(lines, i + 1, m.group(1));
            } else if ((m = GITHUB_ALERT.matcher(line)).matches()) {
                open(out, m.group(1), null);
                if (!m.group(2).isBlank()) {
                    out.add(m.group(2));
                }
                unquoteBody(lines, i + 1);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static void open(List<String> out, String kind, String title) {
        out.add("");
        String label = label(kind).orElse(null);
        boolean titled = title != null && !title.isBlank();
        if (label != null) {
            out.add(titled ? label + ": " + title.strip() : label + ":");
        } else if (titled) {
            out.add(title.strip());
        }
    }

    /** The label a callout of this kind is read with ("Note" for {@code note}), if the kind is a callout. */
    static Optional<String> label(String kind) {
        return Optional.ofNullable(LABELS.get(kind.toLowerCase(Locale.ROOT)));
    }

    /** "{@code Title}", "{@code [Title]}", or nothing for attributes such as {@code { "sourceType": "script" }}. */
    private static String containerTitle(String rest) {
        String title = rest.strip();
        if (title.startsWith("[") && title.contains("]")) {
            return title.substring(1, title.indexOf(']'));
        }
        if (title.startsWith("{")) {
            return null;
        }
        return title.replaceAll("^\"|\"$", "");
    }

    /** An MkDocs body is every following line indented four spaces (or a tab) deeper, and blank lines among them. */
    private static void dedentBody(List<String> lines, int from, String indent) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith(indent + "    ")) {
                lines.set(i++, indent + line.substring(indent.length() + 4));
            } else if (line.startsWith(indent + "\t")) {
                lines.set(i++, indent + line.substring(indent.length() + 1));
            } else {
                break;
            }
        }
        if (i < lines.size() && !lines.get(i - 1).isBlank()) {
            lines.add(i, ""); // a body that ends without a blank line must not run into what follows
        }
    }

    private static void unquoteBody(List<String> lines, int from) {
        for (int i = from; i < lines.size() && QUOTED.matcher(lines.get(i)).lookingAt(); i++) {
            lines.set(i, QUOTED.matcher(lines.get(i)).replaceFirst(""));
        }
    }
}
