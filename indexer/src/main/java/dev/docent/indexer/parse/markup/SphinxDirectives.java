package dev.docent.indexer.parse.markup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Sphinx's directives and roles are to a reader, the same whether a page writes them in
 * reStructuredText ({@code .. note::}, {@code :func:`x`}) or in MyST Markdown ({@code ```{note}},
 * {@code {func}`x`}): code, a callout with its label, a description of a named thing (an option, a
 * setting, a function), site wiring with nothing to read, or a container whose body is the page's.
 * A domain prefix ({@code py:function}, {@code std:option}) does not change what a directive is.
 */
public final class SphinxDirectives {

    /** What a directive is to the reader. */
    public enum Kind {
        /** A code block: its body is code, its argument the language. */
        CODE,
        /** A note, a warning, a version note: its body led by its label. */
        CALLOUT,
        /** An option, a config value, a function...: its argument names it, its body describes it. */
        DESCRIPTION,
        /** Navigation, images, includes, autodoc: nothing for a reader in the source. */
        WIRING,
        /** Anything else - tabs, tables, dropdowns, an extension's boxes: its body is the page's. */
        CONTAINER
    }

    private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode", "code-tab", "code-cell", "doctest",
            "testcode", "testoutput", "ipython", "jupyter-execute", "parsed-literal");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("note", "Note"), Map.entry("tip", "Tip"), Map.entry("hint", "Hint"),
            Map.entry("important", "Important"), Map.entry("warning", "Warning"), Map.entry("caution", "Caution"),
            Map.entry("danger", "Danger"), Map.entry("attention", "Attention"), Map.entry("error", "Error"),
            Map.entry("seealso", "See also"), Map.entry("versionadded", "New in version"),
            Map.entry("versionchanged", "Changed in version"), Map.entry("deprecated", "Deprecated since version"));
    private static final Set<String> VERSION_NOTES = Set.of("versionadded", "versionchanged", "deprecated");
    private static final Set<String> DESCRIPTIONS = Set.of("option", "cmdoption", "confval", "envvar", "function",
            "class", "method", "attribute", "property", "data", "exception", "decorator", "classmethod", "staticmethod",
            "describe", "object", "setting", "directive", "role");
    private static final Set<String> WIRING = Set.of("toctree", "image", "raw", "math", "index", "meta", "include",
            "literalinclude", "highlight", "contents", "tableofcontents", "sectnum", "currentmodule", "module", "program",
            "default-role", "tabularcolumns", "graphviz", "digraph", "mermaid", "plantuml", "uml", "testsetup",
            "testcleanup", "autosummary", "eval-rst");
    private static final Set<String> AUTODOC_OBJECTS = Set.of("autofunction", "autoclass", "automethod", "autoattribute",
            "autodata", "autoexception", "autodecorator", "autoproperty");
    /** Containers whose argument is a title the reader sees: a tab's language, a dropdown's question. */
    private static final Set<String> TITLED = Set.of("rubric", "topic", "sidebar", "dropdown", "tab", "tab-item",
            "group-tab", "card", "grid-item-card", "details");
    /** Roles whose text is a name in code; the others read as plain text. */
    private static final Set<String> CODE_ROLES = Set.of("func", "meth", "class", "attr", "mod", "obj", "data", "exc",
            "option", "confval", "envvar", "code", "samp", "file", "program", "command", "setting");
    private static final Set<String> TEXT_ROLES = Set.of("ref", "doc", "term", "numref", "any", "download", "kbd",
            "guilabel", "menuselection", "abbr", "sub", "sup", "pep", "rfc");
    /** The roles that link to a section or a page: untitled, they show its title. */
    private static final Set<String> LINK_ROLES = Set.of("ref", "doc", "numref");
    /**
     * A directive's option line ({@code :caption: conftest.py}, {@code :linenos:}) at the start of its body; a role
     * that opens the body ({@code :func:`runpy.run_path`}, a "see also" entry) is text.
     */
    private static final Pattern OPTION = Pattern.compile("^\\s*:[\\w -]+:(?=\\s|$)");
    /** MyST may give the options as a YAML block between two {@code ---} lines instead. */
    private static final String YAML_FENCE = "---";
    /** "Setup <setup>": a role's shown text before its target. */
    private static final Pattern TITLED_TARGET = Pattern.compile("(.*?)\\s*<[^>]+>", Pattern.DOTALL);

    private SphinxDirectives() {
    }

    /** A directive's or role's name without its domain, lowercased: "py:function" is "function". */
    public static String nameOf(String qualified) {
        return qualified.substring(qualified.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * An autodoc directive that documents one object ({@code .. autofunction:: pytest.fail}): the built page shows the
     * object's signature, which the source names, and its docstring, which the source does not hold.
     */
    public static boolean documentsObject(String name) {
        return AUTODOC_OBJECTS.contains(name);
    }

    public static Kind kindOf(String name) {
        if (CODE.contains(name)) {
            return Kind.CODE;
        }
        if (LABELS.containsKey(name) || name.equals("admonition")) {
            return Kind.CALLOUT;
        }
        if (DESCRIPTIONS.contains(name)) {
            return Kind.DESCRIPTION;
        }
        return WIRING.contains(name) || name.startsWith("auto") ? Kind.WIRING : Kind.CONTAINER;
    }

    /**
     * The line that leads a callout's body: "Note:", "New in version 2.4:", or an {@code admonition}'s
     * own title. A note's argument is not part of it: it is the body's first words.
     */
    public static String label(String name, String argument) {
        if (name.equals("admonition")) {
            return argument + ":";
        }
        boolean versionNote = VERSION_NOTES.contains(name);
        return LABELS.get(name) + (versionNote && !argument.isEmpty() ? " " + argument.split("\\s+", 2)[0] : "") + ":";
    }

    /** The body's first words written on the directive's line: a note's text, a version note's after its version. */
    public static String firstWords(String name, String argument) {
        if (name.equals("admonition")) {
            return "";
        }
        if (VERSION_NOTES.contains(name)) {
            String[] versionAndText = argument.split("\\s+", 2);
            return versionAndText.length > 1 ? versionAndText[1] : "";
        }
        return argument;
    }

    /**
     * A directive's body without its options - {@code :caption: x} lines, or MyST's {@code ---} block -
     * and the blank lines after them.
     */
    public static List<String> content(List<String> body) {
        int first = 0;
        if (!body.isEmpty() && body.getFirst().strip().equals(YAML_FENCE)) {
            first = 1;
            while (first < body.size() && !body.get(first).strip().equals(YAML_FENCE)) {
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

    /** Whether a container's argument is a title the published page shows (a tab's "Python"). */
    public static boolean showsTitle(String name) {
        return TITLED.contains(name);
    }

    /** A code directive's language: its argument's first word; IPython cells are Python. */
    public static String codeLanguage(String argument) {
        return argument.isBlank() ? "" : argument.strip().split("\\s+")[0].replaceFirst("^ipython\\d*$", "python");
    }

    /** Whether a role of this name is one Sphinx defines (MyST's braces also appear in code-like prose). */
    public static boolean isKnownRole(String name) {
        return CODE_ROLES.contains(name) || TEXT_ROLES.contains(name);
    }

    /** What a role shows: its title, else its target (a link's target as words); in backticks when it names code. */
    public static String roleText(String name, String content) {
        Matcher titled = TITLED_TARGET.matcher(content);
        if (titled.matches() && !titled.group(1).isBlank()) {
            return code(name, titled.group(1));
        }
        String target = content.replaceFirst("^[~!]", "");
        if (name.equals("pep") || name.equals("rfc")) {
            return name.toUpperCase(Locale.ROOT) + " " + target; // as Sphinx shows them: "PEP 338", "RFC 2616"
        }
        return LINK_ROLES.contains(name) ? asWords(target) : code(name, target);
    }

    private static String code(String name, String shown) {
        return CODE_ROLES.contains(name) ? "`" + shown + "`" : shown;
    }

    /**
     * A link without a title shows the title of what it links to, which a page alone does not know; the
     * target's words stand in for it: {@code :ref:`error-logging-tools`} reads "error logging tools" and
     * {@code :doc:`/patterns/logging`} "logging", not "as described in /logging".
     */
    private static String asWords(String target) {
        return target.substring(target.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
    }
}
