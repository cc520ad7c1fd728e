package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *   <li>GitHub alerts ({@code > [!NOTE]} followed by quoted lines), Docsify's one-line {@code !> Important}
 *       and {@code ?> Tip}, and HashiCorp's {@code -> **Note:**} and {@code ~> **Warning:**}, which lose their marker;</li>
 *   <li>generic blocks of pymdownx.blocks ({@code /// note | Title}, {@code //// tab | Python 3.10+},
 *       {@code /// admonition | Title} with a {@code type: warning} option ... {@code ///}), which FastAPI's and
 *       other Material sites' pages use instead of {@code !!!}: the markers were read as text and quoted
 *       ("//// tab | Python 3.10+").</li>
 *   <li>Notion's callouts, exported as an {@code <aside>} whose text opens with the callout's icon ("💡 Reset links
 *       expire"): the tag was read as text; "Note:" now, without the icon.</li>
 * </ul>
 * Kinds that are not callouts ({@code ::: correct}, {@code :::img-container}) get no label.
 */
final class Admonitions {

    static final Pattern CONTAINER_END = Pattern.compile("^\\s*:{3,}\\s*$");
    private static final Pattern CONTAINER = Pattern.compile("^\\s*:{3,}\\s*([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern MKDOCS = Pattern.compile("^(\\s*)(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)[^\"]*(?:\"([^\"]*)\")?\\s*$");
    private static final Pattern MKDOCS_TAB = Pattern.compile("^(\\s*)===[+!]?\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern GITHUB_ALERT = Pattern.compile("^\\s*>\\s*\\[!([A-Za-z]+)]\\s*(.*)$");
    private static final Pattern QUOTED = Pattern.compile("^\\s*> ?");
    /**
     * HashiCorp's callouts (Terraform's, Vault's, Consul's docs): {@code -> **Note:** ...}, {@code ~> **Warning:**
     * ...}, {@code !> **Danger:** ...} - a marker, then the callout's own label, which is all the page shows; without a
     * label ({@code -> For historical reasons ...}) the marker's kind leads, a note's or a warning's.
     */
    private static final Pattern HASHICORP = Pattern.compile("^(\\s*)[-~!]>\\s+(\\*\\*[^*\\n]{1,30}\\*\\*.*)$");
    private static final Pattern HASHICORP_UNLABELLED = Pattern.compile("^(\\s*)([-~])>\\s+(\\S.*)$");
    private static final Pattern LEADING_LABEL = Pattern.compile("^[A-Z][\\w ]{0,20}:\\s");
    /** Docsify's one-line callouts: {@code !> Important text}, {@code ?> A tip}. */
    private static final Pattern DOCSIFY = Pattern.compile("^(\\s*)([!?])>\\s+(\\S.*)$");
    private static final Pattern ASIDE = Pattern.compile("^\\s*<aside>\\s*$");
    private static final Pattern ASIDE_END = Pattern.compile("^\\s*</aside>\\s*$");
    /** A callout's icon: an emoji or another pictograph, its variation selector, and the space after it. */
    private static final Pattern ICON = Pattern.compile("^(\\s*)[\\p{So}\\x{FE0F}\\x{200D}]+\\s+");
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*/{3,}\\s*$");
    private static final Pattern BLOCK = Pattern.compile("^\\s*/{3,}\\s*([A-Za-z][\\w-]*)\\s*(?:\\|\\s*(.*))?$");
    /** A block's options: indented {@code key: value} lines right under its header. */
    private static final Pattern BLOCK_OPTION = Pattern.compile("^(?: {4}|\\t)\\s*([\\w-]+):\\s*(.*)$");
    /** The blocks pymdownx.blocks ships besides one per callout kind; an HTML block's title is its tag. */
    private static final Set<String> BLOCKS = Set.of("admonition", "tab", "html", "caption", "define");
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
        int notionCallouts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (fences.isCode(line)) {
                out.add(line);
            } else if (CONTAINER_END.matcher(line).matches()) {
                out.add(""); // the body's last paragraph must not run into what follows
            } else if ((m = CONTAINER.matcher(line)).matches()) {
                open(out, "", m.group(1), containerTitle(m.group(2)));
            } else if ((m = MKDOCS.matcher(line)).matches()) {
                open(out, m.group(1), m.group(2), m.group(3));
                dedentBody(lines, i + 1, m.group(1));
            } else if ((m = MKDOCS_TAB.matcher(line)).matches()) {
                String indent = m.group(1);
                if (nextText(lines, i + 1).filter(next -> indentedUnder(next, indent)).isPresent()) {
                    open(out, indent, "tab", m.group(2));
                }
                dedentBody(lines, i + 1, indent);
            } else if (ASIDE.matcher(line).matches() && opensWithIcon(lines, i + 1)) {
                open(out, "", "note", null);
                withoutIcon(lines, i + 1);
                notionCallouts++;
            } else if (notionCallouts > 0 && ASIDE_END.matcher(line).matches()) {
                out.add("");
                notionCallouts--;
            } else if (BLOCK_END.matcher(line).matches()) {
                out.add("");
            } else if ((m = BLOCK.matcher(line)).matches() && isBlock(m.group(1))) {
                i = openBlock(out, lines, i, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            } else if ((m = HASHICORP.matcher(line)).matches()) {
                out.add(m.group(1) + m.group(2));
            } else if ((m = HASHICORP_UNLABELLED.matcher(line)).matches()) {
                String kind = m.group(2).equals("-") ? "Note: " : "Warning: ";
                out.add(m.group(1) + (LEADING_LABEL.matcher(m.group(3)).lookingAt() ? "" : kind) + m.group(3));
            } else if ((m = DOCSIFY.matcher(line)).matches()) {
                out.add(m.group(1) + (m.group(2).equals("!") ? "Important: " : "Tip: ") + m.group(3));
            } else if ((m = GITHUB_ALERT.matcher(line)).matches()) {
                open(out, "", m.group(1), null);
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

    /**
     * Writes the label a callout opens with at its marker's indent: a callout or tab inside a list item
     * (Pydantic's "* ***After* validators**: ..." with its examples tabbed under it) stays in the item,
     * where a label at the margin had closed the list and made its body an indented code block.
     */
    private static void open(List<String> out, String indent, String kind, String title) {
        out.add("");
        String label = label(kind).orElse(null);
        boolean titled = title != null && !title.isBlank();
        if (label != null) {
            out.add(indent + (titled ? label + ": " + title.strip() : label + ":"));
        } else if (titled) {
            out.add(indent + title.strip());
        }
    }

    /**
     * Whether the text from {@code from} on opens with an icon, as a Notion callout's always does: an
     * {@code <aside>} of a page's HTML (a Hugo template shown as code) opens with a tag.
     */
    private static boolean opensWithIcon(List<String> lines, int from) {
        return nextText(lines, from).filter(text -> ICON.matcher(text).lookingAt()).isPresent();
    }

    /** The first line of text from {@code from} on without the icon it opens with. */
    private static void withoutIcon(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lines.set(i, ICON.matcher(lines.get(i)).replaceFirst("$1"));
                return;
            }
        }
    }

    private static boolean isBlock(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        return BLOCKS.contains(lower) || LABELS.containsKey(lower);
    }

    /**
     * Opens a pymdownx block and skips its options; a generic admonition is labelled by its {@code type}.
     *
     * @return the index of the header's last line (its last option)
     */
    private static int openBlock(List<String> out, List<String> lines, int header, String kind, String title) {
        String type = kind;
        int last = header;
        Matcher option;
        while (last + 1 < lines.size() && (option = BLOCK_OPTION.matcher(lines.get(last + 1))).matches()) {
            if (kind.equals("admonition") && option.group(1).equals("type")) {
                type = option.group(2).strip();
            }
            last++;
        }
        boolean empty = nextText(lines, last + 1).filter(next -> BLOCK_END.matcher(next).matches()).isPresent();
        open(out, "", type, kind.equals("html") || empty ? null : title);
        return last;
    }

    /**
     * The first line from {@code from} on that is not blank. A tab whose body was only an include of a file
     * outside the docs is left empty, and its title alone ("Python 3.6 and above") was quoted as a sentence.
     */
    private static Optional<String> nextText(List<String> lines, int from) {
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream().filter(line -> !line.isBlank()).findFirst();
    }

    /** Whether the line is indented one level (four spaces or a tab) deeper than {@code indent}, as an MkDocs body is. */
    private static boolean indentedUnder(String line, String indent) {
        return line.startsWith(indent + "    ") || line.startsWith(indent + "\t");
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
