package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST, the Markdown of Sphinx sites, writes directives as fences named in braces - {@code ```{note}},
 * {@code ```{code-block} python}, {@code :::{tab-item} Python}, {@code ````{tab-set}} around inner
 * ones - and roles as {@code {ref}`Setup <setup>`}. Read as Markdown, a callout would be code and a
 * role would show its braces. Here a code directive becomes a plain fence with its language, a
 * callout its body led by its label ("Note:"), a described option or setting its name in code and its
 * body, site wiring ({@code toctree}, {@code image}, {@code include}, {@code eval-rst}, {@code auto*})
 * goes, and any other directive keeps its body (and a title it shows, such as a tab's). Options
 * ({@code :caption: x} lines, or a {@code ---} block) and targets ({@code (setup)=}) are dropped. A role keeps its text, in code for
 * the roles that name code ({@code {py:func}`pytest.fail`} reads {@code `pytest.fail`}).
 */
final class MystDirectives {

    private static final Pattern OPEN = Pattern.compile("^(\\s*)(`{3,}|~{3,}|:{3,})\\{([\\w:.-]+)}\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^\\s*:[\\w-]+:");
    /** "(getting-started)=" names the heading below it for cross-references. */
    private static final Pattern TARGET = Pattern.compile("^\\s*\\([\\w.:-]+\\)=\\s*$");
    /** A role, not a template literal's {@code ${name}`...`}: only the roles below count (checked by name). */
    private static final Pattern ROLE = Pattern.compile("(?<![$\\w])\\{([a-z][\\w:.-]*)}`([^`]+)`");
    private static final Pattern TITLED_TARGET = Pattern.compile("(.*?)\\s*<[^>]+>");
    private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode", "code-cell", "doctest", "ipython",
            "jupyter-execute", "testcode", "testoutput", "parsed-literal");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("note", "Note"), Map.entry("tip", "Tip"), Map.entry("hint", "Hint"),
            Map.entry("important", "Important"), Map.entry("warning", "Warning"), Map.entry("caution", "Caution"),
            Map.entry("danger", "Danger"), Map.entry("attention", "Attention"), Map.entry("error", "Error"),
            Map.entry("seealso", "See also"), Map.entry("versionadded", "New in version"),
            Map.entry("versionchanged", "Changed in version"), Map.entry("deprecated", "Deprecated since version"));
    private static final Set<String> VERSION_NOTES = Set.of("versionadded", "versionchanged", "deprecated");
    private static final Set<String> DESCRIPTIONS = Set.of("option", "cmdoption", "confval", "envvar", "function",
            "class", "method", "attribute", "property", "data", "exception", "decorator", "describe", "object", "setting");
    private static final Set<String> WIRING = Set.of("toctree", "image", "include", "literalinclude", "eval-rst",
            "raw", "contents", "tableofcontents", "mermaid", "graphviz", "currentmodule", "module", "program", "highlight",
            "index", "meta", "autosummary");
    private static final Set<String> TITLED = Set.of("tab-item", "tab", "dropdown", "card", "grid-item-card", "topic",
            "sidebar", "rubric", "admonition");
    /** Roles whose text is a name in code, and those whose text reads as plain text. */
    private static final Set<String> CODE_ROLES = Set.of("func", "meth", "class", "attr", "mod", "obj", "data", "exc",
            "option", "confval", "envvar", "code", "samp", "file", "program", "command", "setting");
    private static final Set<String> TEXT_ROLES = Set.of("ref", "doc", "term", "numref", "any", "download", "kbd",
            "guilabel", "menuselection", "abbr", "sub", "sup", "pep", "rfc");

    private MystDirectives() {
    }

    static List<String> unwrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        FenceTracker fences = new FenceTracker();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher open = OPEN.matcher(line);
            if (!fences.isOpen() && open.matches()) {
                int close = closing(lines, i + 1, open.group(2));
                directive(out, open.group(3).toLowerCase(Locale.ROOT), open.group(4).strip(),
                        withoutOptions(lines.subList(i + 1, close)));
                i = close;
            } else if (fences.isCode(line)) {
                out.add(line);
            } else if (!TARGET.matcher(line).matches()) {
                out.add(roles(line));
            }
        }
        return out;
    }

    /** The line that closes a directive opened with {@code fence}: the same character, at least as many; or the end. */
    private static int closing(List<String> lines, int from, String fence) {
        Pattern close = Pattern.compile("^\\s*" + Pattern.quote(String.valueOf(fence.charAt(0))) + "{" + fence.length() + ",}\\s*$");
        for (int i = from; i < lines.size(); i++) {
            if (close.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static void directive(List<String> out, String qualifiedName, String argument, List<String> body) {
        String name = qualifiedName.substring(qualifiedName.lastIndexOf(':') + 1);
        if (CODE.contains(name)) {
            String language = argument.isEmpty() ? "" : argument.split("\\s+")[0].replaceFirst("^ipython\\d*$", "python");
            out.add("```" + language);
            out.addAll(body);
            out.add("```");
            return;
        }
        if (WIRING.contains(name) || name.startsWith("auto")) {
            return;
        }
        out.add("");
        if (LABELS.containsKey(name)) {
            boolean versionNote = VERSION_NOTES.contains(name);
            out.add(LABELS.get(name) + (versionNote && !argument.isEmpty() ? " " + argument : "") + ":");
            if (!versionNote && !argument.isEmpty()) {
                out.add(argument); // ```{note} Text starts the body on the directive's line
            }
        } else if (DESCRIPTIONS.contains(name) && !argument.isEmpty()) {
            out.add("`" + argument + "`");
            out.add("");
        } else if (TITLED.contains(name) && !argument.isEmpty()) {
            out.add(name.equals("admonition") ? argument + ":" : argument);
            out.add("");
        }
        out.addAll(unwrap(body));
        out.add(""); // the body's last paragraph must not run into what follows
    }

    /** Without the option lines ({@code :caption: x}) or the {@code ---} block of options that open a body, and blank lines after them. */
    private static List<String> withoutOptions(List<String> body) {
        int first = 0;
        if (!body.isEmpty() && body.getFirst().strip().equals("---")) {
            first = 1;
            while (first < body.size() && !body.get(first).strip().equals("---")) {
                first++;
            }
            first = Math.min(first + 1, body.size());
        }
        while (first < body.size() && OPTION.matcher(body.get(first)).lookingAt()) {
            first++;
        }
        while (first < body.size() && body.get(first).isBlank()) {
            first++;
        }
        return body.subList(first, body.size());
    }

    private static String roles(String line) {
        return ROLE.matcher(line).replaceAll(m -> {
            String role = m.group(1).substring(m.group(1).lastIndexOf(':') + 1);
            if (!CODE_ROLES.contains(role) && !TEXT_ROLES.contains(role)) {
                return Matcher.quoteReplacement(m.group());
            }
            Matcher titled = TITLED_TARGET.matcher(m.group(2));
            String shown = titled.matches() && !titled.group(1).isBlank() ? titled.group(1) : m.group(2).replaceFirst("^[~!]", "");
            return Matcher.quoteReplacement(CODE_ROLES.contains(role) ? "`" + shown + "`" : shown);
        });
    }
}
